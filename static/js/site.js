// 长者模式: larger type and stronger contrast, remembered in localStorage.
// The <head> applies the saved choice before the first paint; this wires the button.
(function () {
  "use strict";
  var KEY = "pj-elder";
  var root = document.documentElement;
  var button = document.getElementById("elder-toggle");
  if (!button) return;
  function show(on) {
    root.classList.toggle("elder", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.textContent = on ? "退出长者模式" : "长者模式";
  }
  show(root.classList.contains("elder"));
  button.addEventListener("click", function () {
    var on = !root.classList.contains("elder");
    show(on);
    try { localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode: the choice lasts for this page */ }
  });
})();

// 长者模式 before the first paint: loaded (not deferred) from <head> so a page
// never flashes at the small size. A file rather than an inline script, so the
// Content-Security-Policy allows scripts from the site's own files only.
try {
  if (localStorage.getItem("pj-elder") === "1") document.documentElement.classList.add("elder");
} catch (e) {
  /* storage blocked: normal size */
}

/* The figure desk's keyboard: j/k move between figures, v/r/s/u submit that figure's form,
   e opens its edit form, Esc leaves it. Every move and every result is read out by the
   page's live region (#desk-status). Without this script the same forms and links work. */
(function () {
  "use strict";

  var desk = document.querySelector("[data-figure-desk]");
  if (!desk) {
    return;
  }
  var rows = Array.prototype.slice.call(desk.querySelectorAll(".desk-figure"));
  var status = document.getElementById("desk-status");
  var mayChange = desk.getAttribute("data-may-change") === "true";
  var current = -1;
  var BUTTONS = { v: "verify", r: "reject", s: "significance", u: "reopen" };
  var NAMES = { verify: "核实", reject: "驳回", significance: "切换数据性质", reopen: "撤销审核结论" };

  function announce(text) {
    // Emptying first makes screen readers read the same text again when it repeats.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 30);
  }

  function markOf(row) {
    return document.getElementById("mark-" + row.getAttribute("data-figure"));
  }

  function rememberInAddress(row) {
    var id = row.getAttribute("data-figure");
    var params = new URLSearchParams(window.location.search);
    params.delete("edit");
    params.set("current", id);
    window.history.replaceState(null, "", "?" + params.toString() + "#figure-" + id);
  }

  function select(index, options) {
    options = options || {};
    if (!rows.length) {
      announce("本文没有数据。");
      return;
    }
    if (index < 0 || index >= rows.length) {
      announce(index < 0 ? "已经是第一条。" : "已经是最后一条。");
      return;
    }
    rows.forEach(function (row) {
      row.classList.remove("is-current");
      row.removeAttribute("aria-current");
      var mark = markOf(row);
      if (mark) {
        mark.classList.remove("is-current");
      }
    });
    current = index;
    var row = rows[index];
    row.classList.add("is-current");
    row.setAttribute("aria-current", "true");
    var mark = markOf(row);
    if (mark) {
      mark.classList.add("is-current");
      mark.scrollIntoView({ block: "nearest" });
    }
    if (options.focus !== false) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: "nearest" });
    }
    if (options.remember !== false) {
      rememberInAddress(row);
    }
    announce((options.prefix || "") + row.getAttribute("data-summary"));
  }

  function press(action) {
    var row = rows[current];
    if (!row) {
      announce("请先按 j 选中一条数据。");
      return;
    }
    if (!mayChange) {
      announce("您只有查看权限，不能" + NAMES[action] + "。");
      return;
    }
    var button = row.querySelector('button[name="do"][value="' + action + '"]');
    if (!button) {
      announce("这条数据已经是这个状态，无需" + NAMES[action] + "。");
      return;
    }
    announce("正在" + NAMES[action] + "……");
    if (button.form.requestSubmit) {
      button.form.requestSubmit(button);
    } else {
      button.click();
    }
  }

  function edit() {
    var row = rows[current];
    var link = row && row.querySelector(".desk-edit-link");
    if (!mayChange) {
      announce("您只有查看权限，不能编辑。");
    } else if (link) {
      window.location.assign(link.href);
    }
  }

  function typing(target) {
    return target.closest && target.closest("input, textarea, select, [contenteditable]");
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
      return;
    }
    if (event.key === "Escape") {
      var cancel = desk.querySelector(".desk-cancel");
      if (cancel) {
        event.preventDefault();
        window.location.assign(cancel.href);
      }
      return;
    }
    if (typing(event.target)) {
      return;
    }
    var key = event.key.toLowerCase();
    if (key === "j") {
      select(current + 1);
    } else if (key === "k") {
      select(current - 1);
    } else if (BUTTONS[key]) {
      press(BUTTONS[key]);
    } else if (key === "e") {
      edit();
    } else {
      return;
    }
    event.preventDefault();
  });

  rows.forEach(function (row, index) {
    row.addEventListener("click", function (event) {
      if (!event.target.closest("a, button, input, select, label")) {
        select(index, { focus: false });
      }
    });
    var mark = markOf(row);
    if (mark) {
      mark.addEventListener("click", function () {
        select(index);
      });
    }
  });

  // Start where the server says (after an action, the next figure to review); read out what just happened.
  var start = rows.findIndex(function (row) {
    return row.classList.contains("is-current");
  });
  var messages = Array.prototype.map
    .call(document.querySelectorAll(".messagelist li"), function (item) {
      return item.textContent.trim();
    })
    .join(" ");
  var editing = desk.querySelector(".desk-edit");
  if (start >= 0) {
    select(start, { focus: !editing, remember: false, prefix: messages ? messages + " 当前：" : "" });
  } else if (messages) {
    announce(messages);
  }
  if (editing) {
    // After the load the browser focuses the row named in the address (#figure-…); take the focus back.
    var focusForm = function () {
      var first = editing.querySelector(".has-errors input, .has-errors select, input:not([type=hidden]), select");
      if (first) {
        first.focus();
      }
    };
    focusForm();
    window.addEventListener("load", function () {
      window.setTimeout(focusForm, 0);
    });
  }
})();

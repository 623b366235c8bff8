// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Quick exit: replace this page in the history so "Back" does not return here.
  function quickExit(event) {
    var link = document.querySelector("[data-quick-exit]");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.hidden = true;
    window.location.replace(link.href);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-quick-exit]");
    if (target) quickExit(event);
  });

  // Escape pressed twice quickly also leaves (a common pattern on sensitive sites).
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 800) quickExit(event);
    lastEscape = now;
  });

  function setUp(root) {
    root.querySelectorAll(".js-only[hidden]").forEach(function (el) { el.hidden = false; });
  }

  // Copy link and print buttons (shown only when JS runs).
  document.addEventListener("click", function (event) {
    var copy = event.target.closest("[data-copy]");
    if (copy) {
      var input = document.querySelector(copy.getAttribute("data-copy"));
      var status = document.querySelector(copy.getAttribute("data-status"));
      // The confirmation text comes from the page, so it is translated like everything else.
      var done = function () { if (status) status.textContent = copy.getAttribute("data-copied"); };
      input.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    }
    if (event.target.closest("[data-print]")) window.print();
  });

  // After every htmx swap, move focus to the new content so screen readers follow it.
  document.addEventListener("htmx:afterSettle", function (event) {
    var root = event.detail.elt;
    setUp(root);
    var focusTarget = root.matches && root.matches("[data-focus-on-swap]") ? root : root.querySelector("[data-focus-on-swap]");
    if (!focusTarget) focusTarget = document.querySelector("[data-focus-on-swap]");
    if (focusTarget && !(event.detail.requestConfig && event.detail.requestConfig.triggeringEvent && event.detail.requestConfig.triggeringEvent.type === "input")) {
      if (!focusTarget.hasAttribute("tabindex")) focusTarget.setAttribute("tabindex", "-1");
      focusTarget.focus({ preventScroll: false });
    }
  });

  // Back and Forward between self-check steps: htmx keeps no page snapshots (answers must not
  // be stored in the browser), so instead of fetching the step's address (which holds no
  // answers) we post the answers that are still in this page, asking for that step.
  document.addEventListener("htmx:historyCacheMiss", function (event) {
    var form = document.querySelector("form[data-screener-history]");
    var match = /\/screener\/(?:question\?step=(\d+)|(check|result))/.exec(event.detail.path);
    if (!form || !match) return;
    event.preventDefault();
    form.querySelector("[name=action]").value = match[1] ? "step:" + match[1] : "check";
    // A direct request, not a submit event: right after a swap htmx may not have set up the
    // new form yet, and a Back pressed at once would do nothing.
    window.htmx.ajax("POST", form.getAttribute("action"), {
      source: form, target: "#screener-panel", select: "#screener-panel", swap: "outerHTML"
    });
    window.history.replaceState(window.history.state, "", event.detail.path);
  });

  // htmx keeps the current address in sessionStorage, search words included. We keep nothing a
  // visitor types, even in their own browser: forget it each time htmx writes it (htmx falls
  // back to the address bar, which says the same).
  var HTMX_PATH_KEY = "htmx-current-path-for-history";
  function forgetAddress() {
    try { window.sessionStorage.removeItem(HTMX_PATH_KEY); } catch (error) { /* storage off */ }
  }
  ["htmx:pushedIntoHistory", "htmx:replacedInHistory", "htmx:historyRestore"].forEach(function (name) {
    document.addEventListener(name, forgetAddress);
  });

  document.addEventListener("DOMContentLoaded", function () { forgetAddress(); setUp(document); });
})();

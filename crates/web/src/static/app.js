// Small enhancements only: every page works without this file.
(function () {
  "use strict";
  // Move focus to an error summary so screen reader and keyboard users hear it first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
  // Ask before an irreversible-looking action, when the form or its button asks us to.
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var message = (button && button.getAttribute("data-confirm")) || event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Autosave: a draft form marked data-autosave is posted in the background a few seconds after
  // the last change. The server answers in JSON; the plain "Save draft" button still works alone.
  var DELAY_MS = 3000;
  Array.prototype.forEach.call(document.querySelectorAll("form[data-autosave]"), function (form) {
    var status = form.querySelector("[data-autosave-status]");
    var version = form.querySelector("[data-version]");
    // The words come from the page, in its language: attributes on the status element, each
    // with the English text as a fallback.
    function msg(name, fallback) {
      return (status && status.getAttribute(name)) || fallback;
    }
    var msgSaved = msg("data-msg-saved", "Draft saved");
    var msgNotSaved = msg("data-msg-not-saved", "Not saved:");
    var msgSignedOut = msg(
      "data-msg-signed-out",
      "You have been signed out, so this was not saved, but what you typed has been kept."
    );
    var msgSignIn = msg("data-msg-sign-in", "Sign in again to carry on");
    var msgConflict = msg(
      "data-msg-conflict",
      "Someone else has saved this since you opened it. Save it yourself to see both versions."
    );
    var msgCheck = msg("data-msg-check", "check the form and use Save draft.");
    var msgOffline = msg(
      "data-msg-offline",
      "Could not reach securebase to save. Your typing is still here; use Save draft when you are back online."
    );
    var timer = null;
    var inFlight = false;
    var again = false;
    var dirty = false;

    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }

    function sayWithLink(text, href, linkText) {
      if (!status) {
        return;
      }
      status.textContent = text + " ";
      var a = document.createElement("a");
      a.href = href;
      a.textContent = linkText;
      status.appendChild(a);
    }

    function save() {
      timer = null;
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      dirty = false;
      var body = new URLSearchParams(new FormData(form));
      fetch(form.action, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        redirect: "manual",
        headers: { "X-Autosave": "1" }
      })
        .then(function (response) {
          return response
            .json()
            .catch(function () {
              return {};
            })
            .then(function (data) {
              if (response.ok && data.saved) {
                if (version && data.version) {
                  version.value = String(data.version);
                }
                say(msgSaved + " " + (data.at || "") + (data.note ? ". " + msgNotSaved + " " + data.note : "."));
              } else if (response.status === 401) {
                sayWithLink(msgSignedOut, data.sign_in || "/sign-in", msgSignIn);
              } else if (response.status === 409) {
                say(data.note || msgConflict);
              } else {
                say(msgNotSaved + " " + (data.note || msgCheck));
              }
            });
        })
        .catch(function () {
          dirty = true;
          say(msgOffline);
        })
        .then(function () {
          inFlight = false;
          if (waiting !== null) {
            var button = waiting.button;
            waiting = null;
            if (form.requestSubmit) {
              form.requestSubmit(button);
            } else {
              form.submit();
            }
            return;
          }
          if (again) {
            again = false;
            save();
          }
        });
    }

    function changed() {
      dirty = true;
      if (timer) {
        window.clearTimeout(timer);
      }
      timer = window.setTimeout(save, DELAY_MS);
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    // A plain submit saves everything itself; a pending background save would only race it.
    // If a background save is still on its way, the plain submit waits for it, so it is sent
    // with the version that save produced instead of being refused as someone else's change.
    var waiting = null;
    form.addEventListener("submit", function (event) {
      if (timer) {
        window.clearTimeout(timer);
        timer = null;
      }
      if (inFlight) {
        event.preventDefault();
        waiting = { button: event.submitter || undefined };
        again = false;
      }
    });
    // Leaving the page with a save still waiting: send it on its way as the page goes.
    window.addEventListener("pagehide", function () {
      if (dirty && timer && navigator.sendBeacon) {
        window.clearTimeout(timer);
        timer = null;
        navigator.sendBeacon(form.action, new URLSearchParams(new FormData(form)));
      }
    });
  });

  // The print view's button opens the browser's own print dialogue. It is hidden until this
  // script runs, so nobody without JavaScript is offered a button that does nothing.
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();

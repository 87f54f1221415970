/* Web chat: send text, tap choices, upload photos, poll for replies. No framework. */
(function () {
  "use strict";
  var root = document.querySelector(".chat");
  if (!root) { return; }
  var log = document.getElementById("chat-log");
  var empty = document.getElementById("chat-empty");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var photo = document.getElementById("chat-photo");
  var statusLine = document.getElementById("chat-status");
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var lastId = 0;
  var seen = {};
  var pollTimer = null;
  var pollDelay = 1500;
  var d = root.dataset;

  function say(text) { statusLine.textContent = text || ""; }

  function clientId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return String(Date.now()) + "-" + Math.random().toString(36).slice(2);
  }

  function formatTime(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) { return ""; }
    return date.toLocaleTimeString(document.documentElement.lang || "de",
                                   { hour: "2-digit", minute: "2-digit" });
  }

  // A new question of the assistant makes its earlier questions stale. Consent questions
  // each name one business: they stay open until the customer answers that very question.
  // A business's "Reply" button stays usable under each of its messages, as often as the
  // customer wants to answer that business.
  var STANDING_FAMILIES = { consent: true, thread: true };
  var REUSABLE_CHOICE = /^thread:reply:/;

  function choiceFamily(choices) { return String(choices[0].id).split(":")[0]; }

  function disableGroup(group) {
    var buttons = group.querySelectorAll("button");
    for (var j = 0; j < buttons.length; j++) { buttons[j].disabled = true; }
  }

  function disableOldChoices() {
    var groups = log.querySelectorAll(".chat-choices");
    for (var i = 0; i < groups.length; i++) {
      if (!STANDING_FAMILIES[groups[i].getAttribute("data-family")]) { disableGroup(groups[i]); }
    }
  }

  function disableAnswered(choiceId) {
    if (REUSABLE_CHOICE.test(String(choiceId))) { return; }
    var buttons = log.querySelectorAll(".chat-choices button");
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].getAttribute("data-choice-id") === choiceId) {
        disableGroup(buttons[i].parentNode);
      }
    }
  }

  // A later message may close earlier buttons for good (a withdrawn consent's "Withdraw").
  function disableClosed(choiceIds) {
    for (var i = 0; i < choiceIds.length; i++) { disableAnswered(choiceIds[i]); }
  }

  function photosLabel(count) {
    return count > 1 ? d.msgPhotosSent.replace("{count}", String(count)) : d.msgPhotoSent;
  }

  var URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g;

  function appendLine(container, line) {
    var last = 0;
    line.replace(URL_PATTERN, function (url, _group, offset) {
      container.appendChild(document.createTextNode(line.slice(last, offset)));
      var link = document.createElement("a");
      link.href = url; link.textContent = url; link.rel = "noopener"; link.target = "_blank";
      container.appendChild(link);
      last = offset + url.length;
      return url;
    });
    container.appendChild(document.createTextNode(line.slice(last)));
  }

  function appendText(container, text) {
    var lines = String(text).split("\n");
    for (var i = 0; i < lines.length; i++) {
      if (i > 0) { container.appendChild(document.createElement("br")); }
      appendLine(container, lines[i]);
    }
  }

  function render(message, previewUrl) {
    if (seen[message.id]) { return; }
    seen[message.id] = true;
    if (empty) { empty.remove(); empty = null; }
    lastId = Math.max(lastId, message.id);
    var item = document.createElement("li");
    var mine = message.from === "customer";
    item.className = "bubble " + (mine ? "bubble-me" : "bubble-them");
    item.setAttribute("aria-label", mine ? d.msgYou : d.msgPlatform);
    var body = document.createElement("div");
    body.className = "bubble-text";
    if (previewUrl) {
      var img = document.createElement("img");
      img.src = previewUrl; img.alt = d.msgPhotoSent; img.className = "bubble-photo";
      body.appendChild(img);
    } else if (message.photos) {
      var tag = document.createElement("span");
      tag.className = "photo-tag"; tag.textContent = photosLabel(message.photos);
      body.appendChild(tag);
    }
    if (message.location) {
      var place = document.createElement("span");
      place.className = "photo-tag"; place.textContent = d.msgLocationSent;
      body.appendChild(place);
    }
    if (mine && message.choice_id) { disableAnswered(message.choice_id); }
    if (!mine && message.closes && message.closes.length) { disableClosed(message.closes); }
    if (message.text) {
      var p = document.createElement("p");
      appendText(p, message.text);
      body.appendChild(p);
    }
    item.appendChild(body);
    if (!mine && message.choices && message.choices.length) {
      disableOldChoices();
      var group = document.createElement("div");
      group.className = "chat-choices";
      group.setAttribute("data-family", choiceFamily(message.choices));
      group.setAttribute("role", "group");
      message.choices.forEach(function (choice) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "choice-button";
        button.textContent = choice.title;
        button.setAttribute("data-choice-id", choice.id);
        if (choice.description) { button.title = choice.description; }
        button.addEventListener("click", function () { sendChoice(choice, group); });
        group.appendChild(button);
      });
      item.appendChild(group);
    }
    if (!mine && message.link_url && String(message.text || "").indexOf(message.link_url) < 0) {
      var link = document.createElement("a");
      link.href = message.link_url; link.className = "chat-link";
      link.rel = "noopener"; link.target = "_blank";
      link.textContent = message.link_url.replace(/^https?:\/\//, "");
      item.appendChild(link);
    }
    var time = document.createElement("time");
    time.dateTime = message.at; time.textContent = formatTime(message.at);
    item.appendChild(time);
    log.appendChild(item);
    item.scrollIntoView({ block: "end", behavior: "smooth" });
  }

  function request(method, url, body, isForm) {
    var headers = { "X-CSRFToken": csrf, "Accept": "application/json" };
    if (body && !isForm) { headers["Content-Type"] = "application/json"; }
    return fetch(url, {
      method: method, headers: headers, credentials: "same-origin",
      body: body ? (isForm ? body : JSON.stringify(body)) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error((data.error && data.error.message) || d.msgSendFailed);
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function poll() {
    clearTimeout(pollTimer);
    return request("GET", d.pollUrl + "?after=" + lastId).then(function (data) {
      var before = lastId;
      (data.messages || []).forEach(function (message) { render(message); });
      say("");
      pollDelay = lastId > before ? 1000 : Math.min(pollDelay + 500, 5000);
    }).catch(function () {
      say(d.msgOffline);
      pollDelay = Math.min(pollDelay * 2, 15000);
    }).then(function () {
      pollTimer = setTimeout(poll, pollDelay);
    });
  }

  function showErased(notice) {
    // All the customer's data was erased with this message: the conversation shown here
    // is gone from the server too, so it goes from the page, and the page says so.
    var bubbles = log.querySelectorAll(".bubble");
    for (var i = 0; i < bubbles.length; i++) { bubbles[i].remove(); }
    var item = document.createElement("li");
    item.className = "bubble bubble-them chat-erased";
    item.setAttribute("aria-label", d.msgPlatform);
    var p = document.createElement("p");
    p.className = "bubble-text";
    p.textContent = notice;
    item.appendChild(p);
    log.appendChild(item);
    seen = {};
    lastId = 0;
  }

  function afterSend(data, previewUrl) {
    if (data.erased) { showErased(data.notice); }
    if (data.message) { render(data.message, previewUrl); }
    pollDelay = 800;
    poll();
  }

  function sendChoice(choice, group) {
    var buttons = group.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
    request("POST", d.choiceUrl, { choice_id: choice.id, title: choice.title,
                                   client_id: clientId() })
      .then(function (data) {
        if (REUSABLE_CHOICE.test(choice.id)) {  // tapped once, usable again
          for (var j = 0; j < buttons.length; j++) { buttons[j].disabled = false; }
        }
        afterSend(data);
      })
      .catch(function (error) {
        for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = false; }
        say(error.message);
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    var submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    request("POST", d.textUrl, { text: text, client_id: clientId() })
      .then(function (data) { input.value = ""; resize(); say(""); afterSend(data); })
      .catch(function (error) { say(error.message); })
      .then(function () { submit.disabled = false; input.focus(); });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
    }
  });

  function resize() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 160) + "px";
  }
  input.addEventListener("input", resize);

  photo.addEventListener("change", function () {
    var files = Array.prototype.slice.call(photo.files || []);
    photo.value = "";
    files.reduce(function (chain, file) {
      return chain.then(function () {
        var data = new FormData();
        data.append("photo", file);
        say(d.msgPhotoUploading);
        var showable = /^image\/(jpeg|png|webp)$/.test(file.type);
        var preview = showable && window.URL ? URL.createObjectURL(file) : null;
        return request("POST", d.photoUrl, data, true)
          .then(function (answer) { say(""); afterSend(answer, preview); })
          .catch(function (error) { say(error.message); });
      });
    }, Promise.resolve());
  });

  var locate = document.getElementById("chat-location");
  if (navigator.geolocation && window.isSecureContext !== false) {
    locate.hidden = false;
    locate.addEventListener("click", function () {
      locate.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        request("POST", d.locationUrl, { latitude: position.coords.latitude,
                                         longitude: position.coords.longitude,
                                         client_id: clientId() })
          .then(function (data) { afterSend(data); })
          .catch(function (error) { say(error.message); })
          .then(function () { locate.disabled = false; });
      }, function () {
        say(d.msgLocationFailed);
        locate.disabled = false;
      }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 });
    });
  }

  poll();
})();

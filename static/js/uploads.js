// Progressive enhancement of file fields (feedback/uploads.py UploadInput); the server checks everything again.
// A photo is made smaller before it is sent (long side at most 2000 px, JPEG): a 6 MB phone photo then
// travels as a few hundred KB on a slow connection. A file still over the limit (a large PDF) gets the
// server's own message next to the field at once, instead of after a long upload.
(function () {
  "use strict";
  var MAX_SIDE = 2000; // feedback/uploads.py MAX_IMAGE_SIDE: the server keeps no more than this
  var QUALITY = 0.8;
  var SHRINK_FROM = 1024 * 1024; // smaller photos are sent as they are
  var PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];
  var inputs = document.querySelectorAll("input[type=file][data-max-size]");
  if (!inputs.length || !window.DataTransfer || !window.createImageBitmap || !HTMLCanvasElement.prototype.toBlob) {
    return;
  }

  function showError(input, text) {
    var field = input.closest(".field") || input.parentNode;
    var id = input.id + "-error-js";
    var message = document.getElementById(id);
    if (!text) {
      if (message) {
        message.remove();
        input.removeAttribute("aria-invalid");
        input.setAttribute("aria-describedby", (input.getAttribute("aria-describedby") || "").replace(id, "").trim());
        if (!field.querySelector(".field__error")) { field.classList.remove("field--error"); }
      }
      return;
    }
    if (!message) {
      message = document.createElement("p");
      message.className = "field__error";
      message.id = id;
      input.parentNode.insertBefore(message, input);
      input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + id).trim());
    }
    message.textContent = text;
    input.setAttribute("aria-invalid", "true");
    field.classList.add("field--error");
  }

  function setStatus(input, text) {
    var id = input.id + "-status-js";
    var status = document.getElementById(id);
    if (!status) {
      status = document.createElement("p");
      status.className = "field__hint";
      status.id = id;
      status.setAttribute("role", "status");
      input.parentNode.insertBefore(status, input.nextSibling);
    }
    status.textContent = text;
  }

  function shrink(file) {
    // The orientation written by the camera is applied, so the photo stays upright without its EXIF.
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      var context = canvas.getContext("2d");
      context.fillStyle = "#fff"; // transparent parts of a PNG become white, as on the server
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.imageSmoothingQuality = "high";
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      bitmap.close();
      return new Promise(function (resolve, reject) {
        canvas.toBlob(function (blob) { return blob ? resolve(blob) : reject(new Error("toBlob")); }, "image/jpeg", QUALITY);
      });
    }).then(function (blob) {
      if (blob.size >= file.size) { return file; }
      var name = file.name.replace(/\.[^.]*$/, "") + ".jpg";
      return new File([blob], name, { type: "image/jpeg", lastModified: file.lastModified });
    });
  }

  function check(input) {
    var limit = parseInt(input.getAttribute("data-max-size"), 10);
    var file = input.files[0];
    showError(input, "");
    if (!file) { return Promise.resolve(); }
    if (PHOTO_TYPES.indexOf(file.type) < 0 || file.size <= SHRINK_FROM) {
      if (file.size > limit) {
        input.value = "";
        showError(input, input.getAttribute("data-too-large"));
      }
      return Promise.resolve();
    }
    setStatus(input, input.getAttribute("data-working"));
    return shrink(file).then(function (smaller) {
      if (smaller.size > limit) {
        input.value = "";
        showError(input, input.getAttribute("data-too-large"));
      } else if (smaller !== file) {
        var transfer = new DataTransfer();
        transfer.items.add(smaller);
        input.files = transfer.files;
      }
    }, function () {
      // The browser cannot decode it: small enough, the server decides; too large, it cannot be sent.
      if (file.size > limit) {
        input.value = "";
        showError(input, input.getAttribute("data-unreadable"));
      }
    }).then(function () { setStatus(input, ""); });
  }

  Array.prototype.forEach.call(inputs, function (input) {
    var form = input.form;
    var pending = form.uploadsPending || (form.uploadsPending = []);
    input.addEventListener("change", function () {
      var job = check(input);
      pending.push(job);
      job.then(function () { pending.splice(pending.indexOf(job), 1); });
    });
    if (form.uploadsWatched) { return; }
    form.uploadsWatched = true;
    // Sending while a photo is still being made smaller would send the large one: wait for it first.
    form.addEventListener("submit", function (event) {
      if (!pending.length) { return; }
      event.preventDefault();
      var submitter = event.submitter;
      Promise.all(pending.slice()).then(function () {
        if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
      });
    });
  });
})();

// The room's phone page: follows the wall. Sending works without this script (a plain form).
// Every few seconds it asks what the wall shows; when the group has moved on, an empty page
// reloads itself, and a page with a half-written answer only says so, so nothing typed is lost.
(function () {
  "use strict";
  var body = document.body;
  var revision = body.getAttribute("data-revision");
  var nowUrl = body.getAttribute("data-now");
  var moved = document.getElementById("moved");
  var answer = document.getElementById("answer");
  function check() {
    var request = new XMLHttpRequest();
    request.open("GET", nowUrl, true);
    request.onload = function () {
      if (request.status !== 200 || request.responseText === revision) return;
      if (!answer || answer.value.trim() === "") {
        window.location.replace(window.location.pathname);
      } else if (moved) {
        moved.hidden = false;
      }
    };
    request.send();
  }
  window.setInterval(check, 2000);
})();

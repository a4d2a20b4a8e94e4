/// The script of the figures upload: sends the chosen file as the request body (so the server can stream it
/// to disk without a size limit on forms), shows the upload's progress, then the server's outcome. Without
/// JavaScript the form posts normally.
package enum UploadScript {
    package static let source = """
        (function () {
          var form = document.getElementById("upload");
          if (!form || !window.XMLHttpRequest) { return; }
          form.addEventListener("submit", function (event) {
            var input = document.getElementById("bestand");
            if (!input.files || input.files.length === 0) { return; }
            event.preventDefault();
            var file = input.files[0];
            var block = document.getElementById("voortgang-blok");
            var bar = document.getElementById("voortgang");
            var text = document.getElementById("voortgang-tekst");
            block.hidden = false;
            var url = form.getAttribute("action") + "?bron=" + encodeURIComponent(document.getElementById("bron").value) +
              "&tekenset=" + encodeURIComponent(document.getElementById("tekenset").value);
            var request = new XMLHttpRequest();
            request.open("POST", url);
            request.setRequestHeader("X-CSRF-Token", form.getAttribute("data-csrf"));
            request.setRequestHeader("X-Bestandsnaam", encodeURIComponent(file.name));
            request.setRequestHeader("X-Requested-With", "fetch");
            request.setRequestHeader("Content-Type", "text/csv");
            request.upload.onprogress = function (progress) {
              if (!progress.lengthComputable) { return; }
              var percent = Math.round(progress.loaded / progress.total * 100);
              bar.value = percent;
              bar.textContent = percent + "%";
              text.textContent = "Verzonden: " + percent + "%";
            };
            request.upload.onload = function () { text.textContent = "Verzonden; het bestand wordt gecontroleerd en ingelezen…"; };
            request.onload = function () {
              var answer = null;
              try { answer = JSON.parse(request.responseText); } catch (e) { answer = null; }
              if (answer && answer.adres) { window.location.assign(answer.adres); return; }
              text.textContent = (answer && answer.melding) ? answer.melding : "Het inlezen is mislukt (status " + request.status + ").";
              text.setAttribute("role", "alert");
            };
            request.onerror = function () { text.textContent = "De verbinding is verbroken; er is niets ingelezen."; };
            request.send(file);
          });
        })();
        """
}

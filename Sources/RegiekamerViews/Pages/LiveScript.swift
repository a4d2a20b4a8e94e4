/// The little JavaScript the live result needs: it fetches the aggregate every two seconds and rewrites the
/// table and the progress line. Without JavaScript the page shows the state at load time.
package enum LiveScript {
    package static let results = """
        (function () {
          var table = document.getElementById("uitslag");
          var progress = document.getElementById("voortgang");
          if (!table || !progress) { return; }
          var source = table.getAttribute("data-bron");
          function cell(text) { var td = document.createElement("td"); td.textContent = text; return td; }
          function refresh() {
            fetch(source, { credentials: "same-origin", cache: "no-store" })
              .then(function (response) { return response.ok ? response.json() : null; })
              .then(function (data) {
                if (!data) { return; }
                progress.textContent = data.ballots + " van " + data.participants + " deelnemers hebben gestemd · " + data.state;
                var body = table.tBodies[0];
                while (body.firstChild) { body.removeChild(body.firstChild); }
                data.rows.forEach(function (row) {
                  var tr = document.createElement("tr");
                  tr.appendChild(cell(row.place)); tr.appendChild(cell(row.title));
                  tr.appendChild(cell(row.score)); tr.appendChild(cell(row.supporters));
                  body.appendChild(tr);
                });
              })
              .catch(function () {});
          }
          setInterval(refresh, 2000);
        })();
        """
}

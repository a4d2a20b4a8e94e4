/// The one script every page loads (deferred; the content security policy allows only own scripts): when a
/// refused form comes back, focus moves to its error summary, whose links lead to the fields, so a keyboard or
/// screen-reader user starts where the problems are.
enum FormScript {
    static let source = """
    document.addEventListener("DOMContentLoaded", function () {
      var summary = document.getElementById("foutmeldingen");
      if (summary) { summary.focus(); }
    });
    """
}

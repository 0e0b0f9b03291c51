// The console's only script: a confirmation before a form whose button has data-confirm (revoking a desk, publishing).
// Without JavaScript the forms work the same, without the question.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var question = button && button.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

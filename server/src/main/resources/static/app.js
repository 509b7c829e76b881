// Reassess: the few behaviours plain HTML lacks. No inline scripts anywhere (strict CSP).
// Buttons marked data-confirm ask before submitting (revoking a token, deactivating an account).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

/*
 * The menu button of narrow screens (layout.xhtml, portal.css): a click, a tap, Enter or Space opens
 * and closes the menu; Escape closes it and gives the focus back to the button. No hover needed.
 */
(function () {
    function setOpen(button, open) {
        button.closest('.portal-nav').classList.toggle('portal-nav-open', open);
        button.setAttribute('aria-expanded', String(open));
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest('.portal-nav-toggle');
        if (button) {
            setOpen(button, button.getAttribute('aria-expanded') !== 'true');
        }
    });
    document.addEventListener('keydown', function (event) {
        var button = document.querySelector('.portal-nav-toggle[aria-expanded="true"]');
        if (event.key === 'Escape' && button) {
            setOpen(button, false);
            button.focus();
        }
    });
})();

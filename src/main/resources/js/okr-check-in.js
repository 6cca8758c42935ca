/*
 * The key-result panel's Check in dialog (docs/design.md, "Surfaces"). Opens the panel's AUI dialog, posts
 * {"value"?, "confidence", "note"?} as JSON to /rest/okr-advisor/1.0/keyresults/{key}/checkins,
 * and on success redraws the panel's progress and check-in history from the key result the server
 * answers. Every text from the server is set as textContent, never as HTML. Listeners sit on the
 * document because Jira redraws the issue page's panels without reloading it.
 */
(function () {
    'use strict';

    function dialogOpenedBy(button) {
        return document.getElementById(button.getAttribute('aria-controls'));
    }

    function panelOf(dialog) {
        return document.querySelector('.okr-key-result-panel[data-okr-key="' + CSS.escape(dialog.dataset.okrKey) + '"]');
    }

    function open(dialog) {
        dialog.querySelector('.okr-check-in-form').reset();
        showError(dialog, '');
        AJS.dialog2(dialog).show();
        dialog.querySelector('input[name="confidence"]').focus();
    }

    function showError(dialog, message) {
        var error = dialog.querySelector('.okr-check-in-error');
        error.textContent = message;
        error.hidden = message === '';
    }

    /** The body the REST API reads: empty fields are left out, so the server names what is missing. */
    function checkIn(form) {
        var body = {};
        if (form.elements.value.value.trim() !== '') {
            body.value = Number(form.elements.value.value);
        }
        if (form.elements.confidence.value.trim() !== '') {
            body.confidence = Number(form.elements.confidence.value);
        }
        if (form.elements.note.value.trim() !== '') {
            body.note = form.elements.note.value.trim();
        }
        return body;
    }

    function submit(dialog) {
        var button = dialog.querySelector('.okr-check-in-submit');
        button.disabled = true;
        fetch(AJS.contextPath() + '/rest/okr-advisor/1.0/keyresults/' + encodeURIComponent(dialog.dataset.okrKey) + '/checkins', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Accept': 'application/json',
                'Content-Type': 'application/json',
                'X-Atlassian-Token': 'no-check'
            },
            body: JSON.stringify(checkIn(dialog.querySelector('.okr-check-in-form')))
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (answer) {
                if (response.ok) {
                    AJS.dialog2(dialog).hide();
                    redraw(panelOf(dialog), answer);
                } else {
                    showError(dialog, typeof answer.message === 'string' ? answer.message : dialog.dataset.okrFailed);
                }
            });
        }, function () {
            showError(dialog, dialog.dataset.okrUnreachable);
        }).then(function () {
            button.disabled = false;
        });
    }

    /**
     * The panel's progress, current value and history as the server now has them, newest check-in first.
     * Numbers are shown as the server wrote them (progressPercent, the …Text fields), never formatted here.
     */
    function redraw(panel, keyResult) {
        var percent = String(keyResult.progressPercent);
        panel.querySelector('.okr-progress-bar').style.width = percent + '%';
        panel.querySelector('.okr-progress-text').textContent = panel.dataset.okrProgressText.replace('{0}', percent);
        var current = panel.querySelector('.okr-metric-current');
        if (current && keyResult.metric && typeof keyResult.metric.currentText === 'string') {
            current.textContent = keyResult.metric.currentText;
        }
        var rows = keyResult.checkIns.slice().reverse().map(function (checkIn) {
            var row = document.createElement('tr');
            [
                checkIn.date.substring(0, 10),
                checkIn.author,
                typeof checkIn.valueText === 'string' ? checkIn.valueText : '',
                typeof checkIn.confidenceText === 'string' ? checkIn.confidenceText : '',
                checkIn.note
            ].forEach(function (text, column) {
                var cell = document.createElement('td');
                cell.textContent = text;
                cell.className = column === 0 ? 'okr-date' : column === 4 ? 'okr-note' : '';
                row.appendChild(cell);
            });
            return row;
        });
        var history = panel.querySelector('.okr-check-ins tbody');
        history.replaceChildren.apply(history, rows);
        panel.querySelector('.okr-check-in-saved').hidden = false;
    }

    document.addEventListener('click', function (event) {
        var target = event.target.closest('.okr-check-in-open, .okr-check-in-submit, .okr-check-in-cancel');
        if (!target) {
            return;
        }
        event.preventDefault();
        if (target.classList.contains('okr-check-in-open')) {
            open(dialogOpenedBy(target));
            return;
        }
        var dialog = target.closest('.okr-check-in-dialog');
        if (target.classList.contains('okr-check-in-submit')) {
            submit(dialog);
        } else {
            AJS.dialog2(dialog).hide();
        }
    });

    document.addEventListener('submit', function (event) {
        if (event.target.classList.contains('okr-check-in-form')) {
            event.preventDefault();
            submit(event.target.closest('.okr-check-in-dialog'));
        }
    });
}());

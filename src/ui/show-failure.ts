import { failureMessage, type Failure, type FailureAction } from './failure-message.js';
import { t } from './i18n.js';
import type { MessageKey } from './translate.js';

const ACTION_LABELS: Record<FailureAction, MessageKey> = { 'show-anyway': 'actionShowAnyway', retry: 'actionRetry' };

/** A clear message in place of the article, with the one action that may help. */
export function showFailure(
  container: HTMLElement, failure: Failure, onAction: (action: FailureAction) => void,
): void {
  const message = failureMessage(failure, t);
  const box = document.createElement('section');
  box.className = 'ql-failure';
  box.setAttribute('role', 'status');
  box.dataset['failure'] = failure.kind;
  const title = document.createElement('h1');
  title.textContent = message.title;
  const detail = document.createElement('p');
  detail.textContent = message.detail;
  box.append(title, detail);
  const action = message.action;
  if (action !== null) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ql-button ql-action';
    button.dataset['action'] = action;
    button.textContent = t(ACTION_LABELS[action]);
    button.addEventListener('click', () => onAction(action));
    box.append(button);
  }
  container.replaceChildren(box);
}

import { failureMessage, type Failure, type FailureAction } from './failure-message.js';

const ACTION_LABELS: Record<FailureAction, string> = { 'show-anyway': 'Show anyway', retry: 'Try again' };

/** A clear message in place of the article, with the one action that may help. */
export function showFailure(
  container: HTMLElement, failure: Failure, onAction: (action: FailureAction) => void,
): void {
  const message = failureMessage(failure);
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
    button.className = 'ql-action';
    button.dataset['action'] = action;
    button.textContent = ACTION_LABELS[action];
    button.addEventListener('click', () => onAction(action));
    box.append(button);
  }
  container.replaceChildren(box);
}

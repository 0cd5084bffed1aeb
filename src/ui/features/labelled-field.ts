/** A control with its caption, wrapped in a `<label>` so a click on the caption reaches the control. */
export function labelledField(doc: Document, caption: string, control: HTMLElement): HTMLLabelElement {
  const label = doc.createElement('label');
  label.className = 'ql-field';
  const text = doc.createElement('span');
  text.textContent = caption;
  label.append(text, control);
  return label;
}

/** A control with its caption, wrapped in a `<label>` so a click on the caption reaches the control. */
export function labelledField(doc: Document, caption: string, control: HTMLElement): HTMLLabelElement {
  const label = doc.createElement('label');
  label.className = 'ql-field';
  const text = doc.createElement('span');
  text.textContent = caption;
  label.append(text, control);
  return label;
}

/** A menu choice made in `doc` (the global `Option` belongs to whichever window runs the code). */
export function menuOption(doc: Document, text: string, value: string, selected = false): HTMLOptionElement {
  const option = doc.createElement('option');
  option.text = text;
  option.value = value;
  option.defaultSelected = selected;
  option.selected = selected;
  return option;
}

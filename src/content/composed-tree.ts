// The composed tree: a node's place when shadow roots count as part of their host, which is how the page
// is laid out and how a term inside a web component belongs to the dialog or block around the component.

/** The element above `node` in the composed tree: its parent element, or the host of the shadow root it tops. */
export function composedParentElement(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

// The readers parse with the browser's DOMParser; Node tests hand them a small DOM library's instead.
export type ParseDom = (text: string, type: 'text/html' | 'text/xml') => Document;

export const browserParser: ParseDom = (text, type) => new DOMParser().parseFromString(text, type);

export const elementChildren = (node: Node): Element[] =>
  Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);

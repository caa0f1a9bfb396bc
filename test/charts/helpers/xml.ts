/**
 * A small, strict XML reader for the chart tests: it checks well-formedness (balanced tags, quoted and
 * unique attributes, only the five predefined entities and character references, no stray `<` or `&`)
 * and returns a tree to query. Written for these tests so they do not need a browser or a dependency.
 */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const NAME = '[A-Za-z_:][A-Za-z0-9_:.-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;

function decode(text: string, where: string): string {
  const stray = text.replace(ENTITY, '');
  if (stray.includes('&')) throw new Error(`${where}: unescaped '&' in ${JSON.stringify(text.slice(0, 80))}`);
  if (stray.includes('<')) throw new Error(`${where}: unescaped '<'`);
  return text.replace(ENTITY, (e) => {
    switch (e) {
      case '&amp;':
        return '&';
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&quot;':
        return '"';
      case '&apos;':
        return "'";
      default:
        return String.fromCodePoint(
          e[2] === 'x' ? Number.parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1)),
        );
    }
  });
}

/** Parses a document with one root element (no prolog, comments or CDATA, which the charts never write). */
export function parseXml(xml: string): XmlNode {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that none appear
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error('control character in document');
  const tag = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
  const attr = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const chunk = lt === -1 ? xml.slice(i) : xml.slice(i, lt);
    if (chunk !== '') {
      const parent = stack[stack.length - 1]!;
      if (parent === root && chunk.trim() !== '') throw new Error(`text outside the root at ${i}`);
      const text = decode(chunk, `offset ${i}`);
      parent.text += text;
      parent.children.push({ name: '#text', attrs: {}, children: [], text });
    }
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`);
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}> at ${lt}`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(attr)) {
        const key = a[1]!;
        if (key in attrs) throw new Error(`duplicate attribute ${key} on <${name}>`);
        attrs[key] = decode(a[2] ?? a[3] ?? '', `<${name} ${key}>`);
      }
      const node: XmlNode = { name: name!, attrs, children: [], text: '' };
      const parent = stack[stack.length - 1]!;
      if (parent === root && root.children.some((c) => c.name !== '#text'))
        throw new Error('more than one root element');
      parent.children.push(node);
      if (!selfClose) stack.push(node);
    }
    i = tag.lastIndex;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  const elements = root.children.filter((c) => c.name !== '#text');
  if (elements.length !== 1) throw new Error('expected exactly one root element');
  return elements[0]!;
}

/** Every element below (and including) `node` that matches. */
export function findAll(node: XmlNode, match: (n: XmlNode) => boolean): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode) => {
    if (n.name !== '#text' && match(n)) out.push(n);
    for (const c of n.children) visit(c);
  };
  visit(node);
  return out;
}

/** Elements whose `class` list contains `cls`. */
export function byClass(node: XmlNode, cls: string, name?: string): XmlNode[] {
  return findAll(
    node,
    (n) => (name === undefined || n.name === name) && (n.attrs.class ?? '').split(/\s+/).includes(cls),
  );
}

/** The text content of a node and its descendants. */
export function textOf(node: XmlNode): string {
  if (node.name === '#text') return node.text;
  return node.children.map(textOf).join('');
}

/** The first child element named `name`. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The absolute points visited by an SVG path made of M, L, H and V commands (uppercase) and `v`/`h`. */
export function pathPoints(d: string): Array<{ x: number; y: number; move: boolean }> {
  const out: Array<{ x: number; y: number; move: boolean }> = [];
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/([MLHVhv])\s*([-\d.\s]+)/g)) {
    const nums = m[2]!.trim().split(/\s+/).map(Number);
    switch (m[1]) {
      case 'M':
      case 'L':
        x = nums[0]!;
        y = nums[1]!;
        break;
      case 'H':
        x = nums[0]!;
        break;
      case 'V':
        y = nums[0]!;
        break;
      case 'h':
        x += nums[0]!;
        break;
      case 'v':
        y += nums[0]!;
        break;
    }
    out.push({ x, y, move: m[1] === 'M' });
  }
  return out;
}

/**
 * The value-to-pixel map of a chart, read back from two of its y-axis tick labels (text at the tick's y
 * + 4), so tests can check positions against the statistics without trusting the chart's own scale.
 */
export function valueAxis(svg: XmlNode, parse: (label: string) => number): (value: number) => number {
  const axis = byClass(svg, 'cm-axis-y')[0];
  if (!axis) throw new Error('no y axis');
  const ticks = findAll(axis, (n) => n.name === 'text').map((t) => ({
    value: parse(textOf(t)),
    y: Number(t.attrs.y) - 4,
  }));
  const a = ticks[0]!;
  const b = ticks[ticks.length - 1]!;
  return (value) => a.y + ((value - a.value) / (b.value - a.value)) * (b.y - a.y);
}

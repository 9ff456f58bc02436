import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The lint rules in eslint.config.js that keep text from becoming markup or
 * code, run on small snippets as if they were content-script sources.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFiredBy(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/content/snippet.ts' });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const declared = 'declare const el: HTMLElement; declare const text: string;\n';

describe('the markup-sink lint rules', () => {
  it.each([
    ['setting innerHTML', 'el.innerHTML = text;', 'no-restricted-syntax'],
    ['appending to innerHTML', 'el.innerHTML += text;', 'no-restricted-syntax'],
    ['setting outerHTML', 'el.outerHTML = text;', 'no-restricted-syntax'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', text);", 'no-restricted-syntax'],
    ['document.write', 'document.write(text);', 'no-restricted-syntax'],
    ['document.writeln', 'document.writeln(text);', 'no-restricted-syntax'],
    [
      'createContextualFragment',
      'new Range().createContextualFragment(text);',
      'no-restricted-syntax',
    ],
    ['eval', 'eval(text);', 'no-eval'],
    ['new Function', "new Function('x', text);", 'no-restricted-syntax'],
    ['Function(text)', 'Function(text);', 'no-restricted-syntax'],
    ['ownerDocument.write', 'el.ownerDocument.write(text);', 'no-restricted-syntax'],
    ['window.eval', 'window.eval(text);', 'no-restricted-syntax'],
    ['setHTMLUnsafe', 'el.setHTMLUnsafe(text);', 'no-restricted-syntax'],
    ['srcdoc', '(el as HTMLIFrameElement).srcdoc = text;', 'no-restricted-syntax'],
    ["el['innerHTML']", "el['innerHTML'] = text;", 'no-restricted-syntax'],
    ['Object.assign innerHTML', 'Object.assign(el, { innerHTML: text });', 'no-restricted-syntax'],
    ['a timer with code', "setTimeout('alert(1)', 0);", 'no-restricted-syntax'],
  ])('flags %s', async (_name, code, rule) => {
    expect(await rulesFiredBy(declared + code)).toContain(rule);
  });

  it('lets text through textContent and elements built with createElement', async () => {
    const code = "const p = document.createElement('p');\np.textContent = text;\nel.append(p);\n";
    expect(await rulesFiredBy(declared + code)).toEqual([]);
  });
});

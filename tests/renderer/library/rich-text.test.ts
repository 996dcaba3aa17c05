import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../../renderer/src/library/RichText';

const render = (text: string, format: 'plain' | 'rich') =>
  renderToStaticMarkup(createElement(RichText, { text, format }));

describe("a library text in a colleague's window", () => {
  it('shows headings, lists and bold from the small format', () => {
    const html = render('# Tidur\n- Jam yang sama\n- Kurangi **kopi**\n\nSelesai.', 'rich');
    expect(html).toContain('<h3>Tidur</h3>');
    expect(html).toContain('<ul><li>Jam yang sama</li><li>Kurangi <strong>kopi</strong></li></ul>');
    expect(html).toContain('<p>Selesai.</p>');
  });

  it('never turns what a member typed into markup: tags and scripts stay words', () => {
    const typed = '# <img src=x onerror=alert(1)>\n- <script>alert(1)</script>\n**<b>x</b>**';
    for (const format of ['rich', 'plain'] as const) {
      const html = render(typed, format);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;script&gt;');
    }
  });
});

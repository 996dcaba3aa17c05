import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { catalogs } from '../../shared/i18n';
import { callApi } from './support/api-socket';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { createVault } from './support/vault-steps';

/**
 * Issue #14, item 2, in each language: a WhatsApp export (an invented one) chosen on the case's
 * sessions tab, previewed with the client's name already replaced, imported as a session whose
 * note is the transcript under the alias.
 */
const FIXTURES = join(__dirname, '../shared/domain/whatsapp/fixtures');
const CASES = {
  id: {
    file: 'android-id-24h.txt',
    client: 'Rina Wulandari',
    names: /Rina|Wulandari|Maya/,
    first: '22.47 Melati: Selamat malam Bu, maaf mengganggu 🙏',
    reply: '22.48 Konselor: Selamat malam Melati. Tidak apa-apa, ada yang bisa saya bantu?',
  },
  en: {
    file: 'ios-en.txt',
    client: 'Jordan Blake',
    names: /Jordan|Blake|Sam Rivers/,
    first: '22.47 Melati: Hello again 👋',
    reply: '22.47 Counselor: Hi Melati!',
  },
} as const;

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a counselor imports a WhatsApp chat into a case (${language})`, () => {
    const w = catalogs[language];
    const c = w.cases.chatImport;
    const chat = CASES[language];
    const app = appUnderTest();

    it('previews the chat under the alias and keeps it as a WhatsApp session', async () => {
      const page = await openApp(app.browser, app.host.launchUrl);
      if (language === 'en') await page.getByLabel('Bahasa').selectOption('en');
      await createVault(page, undefined, language);
      await callApi(app.host.launchUrl, 'cases.create', { alias: 'Melati' });

      await page
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.cases, exact: true })
        .click();
      await page.getByText('Melati').first().click();
      await page.getByRole('heading', { name: 'Melati', level: 1 }).waitFor();
      await page.getByRole('button', { name: c.action }).click();

      await page.getByLabel(c.file).setInputFiles(join(FIXTURES, chat.file));
      await page.getByLabel(c.client, { exact: true }).selectOption(chat.client);
      const preview = page.getByRole('region', { name: c.preview });
      await preview.getByText(chat.first).waitFor();
      await preview.getByText(chat.reply).waitFor();
      expect(await preview.textContent()).not.toMatch(chat.names);

      await page.getByRole('button', { name: c.submit }).click();
      await preview.waitFor({ state: 'detached' });
      const note = page.getByRole('region', { name: w.session.note.title });
      await note.getByText(chat.first).waitFor();
      await note.getByText(chat.reply).waitFor();
      // The session screen shows the transcript and nowhere the client's or counselor's name.
      expect(await page.locator('main').textContent()).not.toMatch(chat.names);
      await page.getByRole('heading', { name: 'Melati', level: 1 }).waitFor();
      await page.context().close();
    });
  });
}

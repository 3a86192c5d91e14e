import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

const ARTICLE_TEXT = 'Bridge reopens\n\nThe bridge over the river reopened on Monday after three months of repairs, the Voice of the Hills radio said.\n';

test.describe('outlets the user adds', () => {
  test('are highlighted once outlets.json names them, and a broken entry is told, not fatal', async ({ reader, bridge }) => {
    const article = join(bridge.userDataDir, 'hills.txt');
    writeFileSync(article, ARTICLE_TEXT);
    await reader.openArticle(article);
    await expect(reader.mark('state-media', 'Voice of the Hills')).toHaveCount(0);

    writeFileSync(
      join(bridge.userDataDir, 'outlets.json'),
      JSON.stringify([
        { name: 'Voice of the Hills', country: 'XK', kind: 'radio' },
        { name: 'Nameless', country: 'Kosovo' },
      ]),
    );
    await reader.openArticle(article);
    await expect(reader.mark('state-media', 'the Voice of the Hills radio')).toHaveCount(1);
    await expect(reader.page.getByRole('list', { name: 'Notes from loading' })).toContainText('Nameless');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { loadArticleFile } from '../load-article';
import { buildZip } from './fixtures/build-zip';

const FIXTURE = resolve(__dirname, 'fixtures', 'same-article', 'ferry-article.docx');
let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-docx-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, content: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string): Promise<{ code: string; message: string }> {
  const result = await loadArticleFile(path);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('Word documents', () => {
  it('reads headings, block quotes and list items with Word’s own styles', async () => {
    const document = new Document({
      creator: 'Word User',
      sections: [
        {
          children: [
            new Paragraph({ text: 'Harbour wall will be rebuilt', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'The council agreed on Tuesday to rebuild the harbour wall that collapsed in the January storm.' }),
            new Paragraph({ text: 'We will start in the spring and finish before the summer season begins.', style: 'Quote' }),
            new Paragraph({ text: 'A new pier for the ferry', bullet: { level: 0 } }),
            new Paragraph({ text: 'Lights along the whole quay', bullet: { level: 0 } }),
          ],
        },
      ],
    });
    const result = await loadArticleFile(file('wall.docx', await Packer.toBuffer(document)));
    if (!result.ok) throw new Error(result.error.message);
    const { article } = result;
    expect(article.blocks.map((block) => `${block.kind}: ${article.text.slice(block.start, block.end)}`)).toEqual([
      'heading: Harbour wall will be rebuilt',
      'paragraph: The council agreed on Tuesday to rebuild the harbour wall that collapsed in the January storm.',
      'blockquote: We will start in the spring and finish before the summer season begins.',
      'list-item: A new pier for the ferry',
      'list-item: Lights along the whole quay',
    ]);
    expect(article.title).toBe('Harbour wall will be rebuilt');
    // With no "By ..." line, the document's author property is the best byline there is.
    expect(article.byline).toBe('Word User');
    expect(article.format).toBe('docx');
  });

  it('reports a damaged document (cut short) as corrupt, naming it a Word document', async () => {
    const bytes = readFileSync(FIXTURE);
    const error = await failure(file('cut.docx', bytes.subarray(0, Math.floor(bytes.length * 0.6))));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('is not a readable Word document');
  });

  it('reports a PNG renamed .docx, and a zip without a document inside, as corrupt', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await failure(file('photo.docx', png))).code).toBe('corrupt');
    const zip = buildZip([{ name: 'notes.txt', content: Buffer.from('not a Word document') }]);
    expect((await failure(file('notes.docx', zip))).code).toBe('corrupt');
  });

  it('refuses a zip bomb disguised as .docx before inflating it', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'word/document.xml', content: Buffer.alloc(16 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const error = await failure(file('bomb.docx', bomb));
    expect(error.code).toBe('unsafe-archive');
    expect(error.message).toContain('zip bomb');
  });

  it('says a password-protected document is protected rather than damaged', async () => {
    // Word stores an encrypted document as an OLE compound file.
    const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const locked = Buffer.concat([signature, Buffer.alloc(504), Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le'), Buffer.alloc(64)]);
    const error = await failure(file('locked.docx', locked));
    expect(error.code).toBe('password-protected');
    // An old binary .doc renamed .docx is the same kind of file, without the encrypted package.
    const oldDoc = Buffer.concat([signature, Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(64)]);
    expect((await failure(file('old.docx', oldDoc))).code).toBe('corrupt');
  });

  it('leaves a document without article text as no-article', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph({ text: 'Share this article' })] }] });
    expect((await failure(file('empty.docx', await Packer.toBuffer(document)))).code).toBe('no-article');
  });
});

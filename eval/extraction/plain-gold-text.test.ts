import { describe, expect, it } from 'vitest';
import { plainGoldText } from './run-extraction-eval';

const MARKER = '!@#$%^&*()  COMMENTS';

describe("a check benchmark's typed-out ground truth", () => {
  it('ends before the comment marker', () => {
    expect(plainGoldText(`The story.\r\n\r\n${MARKER}\r\n\r\nA reader wrote in.`, MARKER)).toBe('The story.');
  });

  it('ends before a marker the annotator mistyped', () => {
    expect(plainGoldText('The story.\n!!@#$%^&*()  COMMNENTS\nA reader wrote in.', MARKER)).toBe('The story.');
    expect(plainGoldText('The story.\r\n!@ $%^&*() COMMENTS\r\nA reader wrote in.', MARKER)).toBe('The story.');
  });

  it('keeps a line of the story that mentions comments', () => {
    const story = 'The story.\nHe declined to comment on the COMMENTS.\nThe end.';
    expect(plainGoldText(story, MARKER)).toBe(story);
  });
});

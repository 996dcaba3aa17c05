/**
 * A library text in its small "rich" format (issue #14, item 3): `# ` a heading, `- ` a list item,
 * `**…**` bold, a blank line between paragraphs. Turned into React elements, never into HTML, so
 * what a member typed cannot run in a colleague's window. Plain text keeps its line breaks.
 */
export function RichText(props: { text: string; format: 'plain' | 'rich' }): React.JSX.Element {
  if (props.format === 'plain') return <p className="library-text plain">{props.text}</p>;
  const blocks: React.JSX.Element[] = [];
  let list: string[] = [];
  const flushList = (): void => {
    if (list.length === 0) return;
    blocks.push(
      <ul key={`l${blocks.length}`}>
        {list.map((item, i) => (
          <li key={i}>{inline(item)}</li>
        ))}
      </ul>,
    );
    list = [];
  };
  for (const line of props.text.split('\n')) {
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      continue;
    }
    flushList();
    if (line.startsWith('# ')) {
      blocks.push(<h3 key={`h${blocks.length}`}>{inline(line.slice(2))}</h3>);
    } else if (line.trim()) {
      blocks.push(<p key={`p${blocks.length}`}>{inline(line)}</p>);
    }
  }
  flushList();
  return <div className="library-text rich">{blocks}</div>;
}

function inline(text: string): React.ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .map((part, i) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4 ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : (
        part
      ),
    );
}

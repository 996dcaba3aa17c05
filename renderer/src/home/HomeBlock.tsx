import { useId } from 'react';

/**
 * One block of the home screen: a heading, a line saying when it is empty, and a list whose
 * items each open something. `tone` colours a block that holds something urgent.
 */
export function HomeBlock<T>(props: {
  title: string;
  empty: string;
  items: T[];
  keyOf: (item: T) => string;
  onOpen: (item: T) => void;
  renderItem: (item: T) => React.ReactNode;
  tone?: 'danger' | 'warning';
}): React.JSX.Element {
  const headingId = useId();
  const urgent = props.tone && props.items.length > 0 ? ` ${props.tone}-block` : '';
  return (
    <section className={`home-block${urgent}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.items.length === 0 ? (
        <p className="empty">{props.empty}</p>
      ) : (
        <ul className="item-list">
          {props.items.map((item) => (
            <li key={props.keyOf(item)}>
              <button type="button" className="item" onClick={() => props.onOpen(item)}>
                {props.renderItem(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

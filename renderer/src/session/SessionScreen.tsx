/** The session screen; its editor, checklist and risk screen are being built. */
export function SessionScreen(props: { sessionId: string; onBack: () => void }): React.JSX.Element {
  return (
    <section>
      <button type="button" onClick={props.onBack}>
        ←
      </button>
      <p>{props.sessionId}</p>
    </section>
  );
}

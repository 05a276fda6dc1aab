/**
 * A text whose dates (`23-1-2017`) stay on one line: a break after a date's hyphen misreads.
 */
export function WithDates(props: { text: string }) {
  const parts = props.text.split(/(\d{1,2}-\d{1,2}-\d{4})/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <span class="nowrap">{part}</span> : part))}</>;
}

// A table of counts per label (a quarter, a kind, a rule, an organisation); a count below 5 says
// it was left out instead of showing a number.
import { TBody, THead, Table, Td, Th, Tr } from '../../components/Table';
import { useLang } from '../../lang';
import type { Counted } from '../../types-bottlenecks';
import { useCount } from './labels';

export function CountTable({ caption, column, rows }: { caption: string; column: string; rows: (Counted & { key: string; label: string })[] }) {
  const { t } = useLang();
  const count = useCount();
  return (
    <Table caption={caption}>
      <THead>
        <Th>{column}</Th>
        <Th className="doorbraak-number">{t('bottlenecks.col.cases')}</Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.key}>
            <Th scope="row">{r.label}</Th>
            <Td className="doorbraak-number">{count(r.cases)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

// The members of the household (step 1): who they are and how they relate to the resident the case
// is about. A contributing team member adds members and corrects their details in place.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { householdApi, householdKeys } from '../../../api-household';
import { Button } from '../../../components/Button';
import { QueryFeedback } from '../../../components/Feedback';
import { Paragraph } from '../../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/Table';
import { formatDate } from '../../../format';
import { useLang } from '../../../lang';
import { SavedStatus } from '../breakthrough/forms';
import { MemberForm } from './MemberForm';
import { relationLabel } from './shared';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

export function Members({ caseId, editable, bsnHidden }: { caseId: string; editable: boolean; bsnHidden: boolean }) {
  const { t, locale } = useLang();
  const list = useQuery({ queryKey: householdKeys.members(caseId), queryFn: () => householdApi.members(caseId) });
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState('');
  const data = list.data;
  const editingMember = editing?.mode === 'edit' ? data?.members.find((m) => m.id === editing.id) ?? null : null;

  const done = (message?: string) => {
    setEditing(null);
    if (message) setSaved(message);
  };

  return (
    <>
      <QueryFeedback query={list} />
      {data ? (
        <Table caption={t('case.membersCaption')}>
          <THead>
            <Th>{t('common.name')}</Th>
            <Th>{t('case.birthDate')}</Th>
            <Th>{t('case.relation')}</Th>
            <Th>{t('case.bsn')}</Th>
            {editable ? <Th>{t('household.actions')}</Th> : null}
          </THead>
          <TBody>
            {data.members.map((m) => (
              <Tr key={m.id}>
                <Th scope="row">{m.name}</Th>
                <Td>{m.birthDate ? formatDate(m.birthDate, locale) : t('common.notProvided')}</Td>
                <Td>{m.relation ? relationLabel(t, m.relation) : t('common.notProvided')}</Td>
                <Td>{m.bsnMasked ?? (bsnHidden ? t('partner.bsnHidden') : t('common.notProvided'))}</Td>
                {editable ? (
                  <Td>
                    <Button id={`member-edit-${m.id}`} appearance="subtle" onClick={() => { setSaved(''); setEditing({ mode: 'edit', id: m.id }); }}>
                      {t('household.members.edit')}
                      <span className="doorbraak-visually-hidden">: {m.name}</span>
                    </Button>
                  </Td>
                ) : null}
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      {data && !data.members.length ? <Paragraph>{t('household.members.empty')}</Paragraph> : null}
      {data && (editing?.mode === 'add' || editingMember) ? (
        <MemberForm
          key={editingMember?.id ?? 'add'}
          caseId={caseId}
          member={editingMember}
          relations={data.relations}
          returnTo={editingMember ? `member-edit-${editingMember.id}` : 'member-add'}
          onDone={done}
        />
      ) : null}
      {editable && data && !editing ? (
        <Button id="member-add" onClick={() => { setSaved(''); setEditing({ mode: 'add' }); }}>
          {t('household.members.addButton')}
        </Button>
      ) : null}
      <SavedStatus message={saved} />
    </>
  );
}

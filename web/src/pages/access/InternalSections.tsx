// Sections the coordinator keeps internal: partners never see them, not even with consent. The
// change carries the case version; when someone changed the case in between, the server answers
// 409 and we say so plainly, with a button that loads the latest state.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api';
import { accessApi, accessKeys } from '../../api-access';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { CaseSection, Team } from '../../types-access';
import { focusLater, problemText, sectionOptions, serverProblems, useNotice } from './shared';

const CONFLICT_ID = 'internal-sections-conflict';

export function InternalSectionsForm({ caseId, team }: { caseId: string; team: Team }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const notice = useNotice();
  const [sections, setSections] = useState<CaseSection[]>(team.internalSections);
  const [version, setVersion] = useState(team.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const save = useMutation({
    mutationFn: () => accessApi.setInternalSections(caseId, sections, version),
    onMutate: () => {
      setConflict(null);
      setProblem(null);
      setError(undefined);
    },
    onSuccess: (next) => {
      queryClient.setQueryData(accessKeys.team(caseId), next);
      void queryClient.invalidateQueries({ queryKey: accessKeys.case(caseId), exact: true });
      setSections(next.internalSections);
      setVersion(next.version);
      notice.announce(t('internal.saved'));
    },
    onError: (err) => {
      if (isApiError(err, 409)) {
        setConflict(err.detail ?? err.title);
        focusLater(CONFLICT_ID);
        return;
      }
      const { fields } = serverProblems(t, err, { sections: 'internal.sections' });
      if (fields['internal.sections']) setError(fields['internal.sections']);
      else {
        setProblem(problemText(t, err));
        window.setTimeout(() => problemRef.current?.focus(), 0);
      }
    },
  });

  const reload = useMutation({
    mutationFn: () => accessApi.team(caseId),
    onSuccess: (latest) => {
      queryClient.setQueryData(accessKeys.team(caseId), latest);
      void queryClient.invalidateQueries({ queryKey: accessKeys.case(caseId), exact: true });
      setSections(latest.internalSections);
      setVersion(latest.version);
      setConflict(null);
      notice.announce(t('internal.reloaded'));
    },
    onError: (err) => setProblem(problemText(t, err)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  return (
    <>
      <Heading level={3}>{t('internal.title')}</Heading>
      <Paragraph>{t('internal.intro')}</Paragraph>
      {notice.element}
      {conflict ? (
        <div id={CONFLICT_ID} tabIndex={-1} className="doorbraak-focus-target">
          <Alert type="error" role="alert">
            <Paragraph>
              <strong>{t('internal.conflictTitle')}</strong> {t('internal.conflict')}
            </Paragraph>
            <Paragraph>{conflict}</Paragraph>
            <Button busy={reload.isPending} onClick={() => reload.mutate()}>
              {t('internal.reload')}
            </Button>
          </Alert>
        </div>
      ) : null}
      {problem ? (
        <Alert type="error" role="alert" ref={problemRef} focusable>
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <CheckboxGroup<CaseSection>
          path="internal.sections"
          legend={t('internal.legend')}
          description={t('internal.hint')}
          options={sectionOptions(t)}
          value={sections}
          onChange={setSections}
          error={error}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {t('internal.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

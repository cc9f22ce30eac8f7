import * as React from 'react';
import { Badge, Box, Button, Checkbox, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, unstable_useContentManagerContext } from '@strapi/strapi/admin';
import type { WorkflowPanelView } from '../../disclosure/contracts';
import { errorCode, errorMessage, isDisclosureUid, useT } from './common';
import { VersionsSection } from './VersionsSection';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; updatedAt?: string | null } | null;
  activeTab?: string | null;
}

/** Events whose form asks for more than a click; the rest are sent as they are. */
const payloadFields: Record<string, ('reason' | 'note' | 'publishAt' | 'level')[]> = {
  'reviewer.approve': ['note'],
  'leader.approve': ['note'],
  'reviewer.return': ['reason'],
  'leader.return': ['reason'],
  'confidentiality.return': ['reason'],
  'publisher.withdraw': ['reason'],
  'publisher.emergencyPublish': ['reason'],
  'publisher.schedule': ['publishAt'],
  'reviewer.postReview': ['level', 'note'],
};
/** Shown in their own forms (the checklist, the findings), not as plain buttons. */
const ownForms = ['confidentiality.clear', 'confidentiality.dismissFinding', 'editor.edit', 'system.publishDue'];

const localeOf = (props: PanelProps) =>
  props.document?.locale ?? new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? 'zh-CN';

/** The content-manager side panel of every disclosure type (`addEditViewSidePanel`). */
export const WorkflowPanel = (props: PanelProps) => {
  const { t } = useT();
  if (!isDisclosureUid(props.model)) return null;
  return {
    title: t('panel.title'),
    content: props.documentId ? (
      <WorkflowPanelContent
        uid={props.model}
        documentId={props.documentId}
        locale={localeOf(props)}
        savedAt={props.document?.updatedAt ?? null}
      />
    ) : (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.saveFirst')}
      </Typography>
    ),
  };
};

/** Loads the view again after every save: a save is a new version, and the next transition must name it. */
function useWorkflowView(uid: string, documentId: string, locale: string, savedAt: string | null) {
  const { get } = useFetchClient();
  const [view, setView] = React.useState<WorkflowPanelView | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const reload = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: WorkflowPanelView }>(
        `/disclosure-workflow/items/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`,
      );
      setView(data.data);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [get, uid, documentId, locale]);
  React.useEffect(() => {
    void reload();
  }, [reload, savedAt]);
  return { view, error, reload };
}

const WorkflowPanelContent = ({
  uid,
  documentId,
  locale,
  savedAt,
}: {
  uid: string;
  documentId: string;
  locale: string;
  /** When the draft was last saved: a save is a new version. */
  savedAt: string | null;
}) => {
  const { t, pick, stateName, eventName, departmentName } = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { view, error, reload } = useWorkflowView(uid, documentId, locale, savedAt);
  const [busy, setBusy] = React.useState(false);

  const send = React.useCallback(
    async (event: Record<string, unknown> & { type: string }) => {
      if (!view) return false;
      setBusy(true);
      try {
        await post('/disclosure-workflow/transitions', {
          uid,
          documentId,
          locale,
          event,
          expectedVersion: view.version,
        });
        toggleNotification({ type: 'success', message: t('panel.done', { event: eventName(event.type) }) });
        return true;
      } catch (e) {
        toggleNotification({
          type: 'danger',
          message:
            errorCode(e) === 'VERSION_CONFLICT' ? t('panel.conflict') : t('panel.failed', { message: errorMessage(e) }),
        });
        return false;
      } finally {
        setBusy(false);
        await reload();
      }
    },
    [view, post, uid, documentId, locale, toggleNotification, t, eventName, reload],
  );

  if (error)
    return (
      <Typography textColor="danger600" data-testid="workflow-error">
        {t('panel.loadFailed', { message: error })}
      </Typography>
    );
  if (!view) return <Typography textColor="neutral600">{t('panel.loading')}</Typography>;

  const buttons = view.availableEvents.filter((e) => !ownForms.includes(e));
  // Only what this state could take: "not in this state" is no news to anyone.
  const blocked = Object.entries(view.blocked).filter(
    ([, reasons]) => !reasons.some((r) => r.code === 'EVENT_NOT_ALLOWED_IN_STATE'),
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="workflow-panel">
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Fact label={t('panel.state')}>
          <Badge data-testid="workflow-state" data-state={view.state}>
            {stateName(view.state)}
          </Badge>
        </Fact>
        <Fact label={t('panel.department')}>{departmentName(view.department)}</Fact>
        <Fact label={t('panel.next')}>
          <span data-testid="workflow-next" data-mine={view.next.mine ? 'true' : 'false'}>
            {view.next.waitingFor.length === 0
              ? t('panel.next.none')
              : view.next.waitingFor
                  .map((w) =>
                    t('panel.next.entry', {
                      role: t(`role.${w.role === 'confidentiality' ? 'confidentialityReviewer' : w.role}`),
                      department: departmentName(w.department),
                    }),
                  )
                  .join(t('panel.next.separator'))}
            {view.next.mine ? t('panel.next.mine') : ''}
          </span>
        </Fact>
        <Fact label={t('panel.indexNumber')}>{view.indexNumber ?? t('panel.indexNumber.none')}</Fact>
        <Fact label={t('panel.due')}>
          <DueDate dueDate={view.dueDate} daysLeft={view.workingDaysLeft} />
        </Fact>
      </Flex>

      <Findings view={view} busy={busy} send={send} />

      {view.availableEvents.includes('confidentiality.clear') ? <Checklist busy={busy} send={send} /> : null}
      {view.confidentiality ? (
        <Typography variant="pi" textColor="success600" data-testid="workflow-cleared">
          {t('checklist.cleared', {
            name:
              view.history.find((h) => h.actorId === view.confidentiality!.reviewerId)?.actorName ??
              view.confidentiality.reviewerId,
            at: new Date(view.confidentiality.at).toLocaleString(),
            conclusion: view.confidentiality.conclusion,
          })}
        </Typography>
      ) : null}

      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600">
          {t('panel.actions')}
        </Typography>
        {buttons.length === 0 ? (
          <Typography variant="pi" textColor="neutral600" data-testid="workflow-no-actions">
            {t('panel.actions.none')}
          </Typography>
        ) : (
          buttons.map((event) => <EventButton key={event} event={event} busy={busy} send={send} />)
        )}
      </Flex>

      {blocked.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={2} data-testid="workflow-blocked">
          <Typography variant="sigma" textColor="neutral600">
            {t('panel.blocked')}
          </Typography>
          {blocked.map(([event, reasons]) => (
            <Box key={event} data-testid={`blocked-${event}`} data-event={event}>
              <Typography variant="omega" fontWeight="bold">
                {eventName(event)}
              </Typography>
              <ul style={{ margin: 0, paddingLeft: '1.2em', listStyle: 'disc' }}>
                {reasons.map((r) => (
                  <li key={r.code} data-code={r.code}>
                    <Typography variant="pi" textColor="neutral700">
                      {pick(r.message)}
                    </Typography>
                  </li>
                ))}
              </ul>
            </Box>
          ))}
        </Flex>
      ) : null}

      {view.automaticChecks ? <AutomaticChecks checks={view.automaticChecks} /> : null}

      <VersionsSection uid={uid} documentId={documentId} locale={locale} reloadKey={String(view.version)} />

      <History view={view} />
    </Flex>
  );
};

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex justifyContent="space-between" gap={2}>
    <Typography variant="pi" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="pi" fontWeight="semiBold" textAlign="right">
      {children}
    </Typography>
  </Flex>
);

/** Amber when three working days or fewer are left, red when overdue. */
const DueDate = ({ dueDate, daysLeft }: { dueDate: string | null; daysLeft: number | null }) => {
  const { t } = useT();
  if (!dueDate) return <>{t('panel.due.none')}</>;
  const level = daysLeft === null ? 'none' : daysLeft < 0 ? 'overdue' : daysLeft <= 3 ? 'soon' : 'ok';
  const colour = { none: 'neutral800', ok: 'success600', soon: 'warning600', overdue: 'danger600' }[level];
  const left =
    daysLeft === null
      ? ''
      : daysLeft < 0
        ? t('panel.due.overdue', { days: -daysLeft })
        : daysLeft === 0
          ? t('panel.due.today')
          : t('panel.due.left', { days: daysLeft });
  return (
    <Typography variant="pi" fontWeight="semiBold" textColor={colour} data-testid="workflow-due" data-level={level}>
      {dueDate.slice(0, 10)}
      {left ? ` · ${left}` : ''}
    </Typography>
  );
};

type Send = (event: Record<string, unknown> & { type: string }) => Promise<boolean>;

const EventButton = ({ event, busy, send }: { event: string; busy: boolean; send: Send }) => {
  const { t, eventName } = useT();
  const fields = payloadFields[event] ?? [];
  const [open, setOpen] = React.useState(false);
  const [values, setValues] = React.useState<Record<string, string>>({});
  const variant = event.endsWith('.return') || event === 'publisher.withdraw' ? 'danger-light' : 'default';
  if (fields.length === 0 || !open)
    return (
      <Button
        fullWidth
        variant={variant}
        disabled={busy}
        data-testid={`workflow-event-${event}`}
        onClick={() => (fields.length === 0 ? void send({ type: event }) : setOpen(true))}
      >
        {eventName(event)}
      </Button>
    );
  const set = (name: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));
  return (
    <Box padding={2} hasRadius borderColor="neutral200" data-testid={`workflow-form-${event}`}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography fontWeight="bold">{eventName(event)}</Typography>
        {fields.includes('reason') ? (
          <Textarea
            name="reason"
            aria-label={t('panel.reason')}
            placeholder={t('panel.reason')}
            onChange={set('reason')}
          />
        ) : null}
        {fields.includes('note') ? (
          <Textarea name="note" aria-label={t('panel.note')} placeholder={t('panel.note')} onChange={set('note')} />
        ) : null}
        {fields.includes('publishAt') ? (
          <TextInput
            type="datetime-local"
            name="publishAt"
            aria-label={t('panel.publishAt')}
            onChange={set('publishAt')}
          />
        ) : null}
        {fields.includes('level') ? (
          <TextInput
            name="level"
            aria-label={t('panel.level')}
            placeholder="leader / confidentiality"
            onChange={set('level')}
          />
        ) : null}
        <Flex gap={2}>
          <Button
            disabled={busy}
            data-testid={`workflow-confirm-${event}`}
            onClick={async () => {
              const payload: Record<string, unknown> = { type: event };
              for (const [k, v] of Object.entries(values))
                if (v) payload[k] = k === 'publishAt' ? new Date(v).toISOString() : v;
              if (await send(payload as { type: string })) setOpen(false);
            }}
          >
            {t('panel.confirm')}
          </Button>
          <Button variant="tertiary" onClick={() => setOpen(false)}>
            {t('panel.cancel')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

/** The confidentiality checklist and conclusion (保密审查), for the confidentiality reviewer. */
const Checklist = ({ busy, send }: { busy: boolean; send: Send }) => {
  const { t } = useT();
  const [checks, setChecks] = React.useState({ stateSecrets: false, commercialSecrets: false, personalPrivacy: false });
  const [basis, setBasis] = React.useState('');
  const [conclusion, setConclusion] = React.useState('');
  return (
    <Box padding={3} hasRadius background="neutral100" data-testid="workflow-checklist">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600">
          {t('checklist.title')}
        </Typography>
        {(Object.keys(checks) as (keyof typeof checks)[]).map((key) => (
          <Checkbox
            key={key}
            name={key}
            data-testid={`checklist-${key}`}
            checked={checks[key]}
            onCheckedChange={(value: boolean | 'indeterminate') => setChecks((c) => ({ ...c, [key]: value === true }))}
          >
            {t(`checklist.${key}`)}
          </Checkbox>
        ))}
        <TextInput
          name="basis"
          aria-label={t('checklist.basis')}
          placeholder={t('checklist.basis')}
          value={basis}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBasis(e.target.value)}
        />
        <Textarea
          name="conclusion"
          aria-label={t('checklist.conclusion')}
          placeholder={t('checklist.conclusion')}
          value={conclusion}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setConclusion(e.target.value)}
        />
        <Button
          fullWidth
          disabled={busy}
          data-testid="workflow-event-confidentiality.clear"
          onClick={() => void send({ type: 'confidentiality.clear', checklist: checks, basis, conclusion })}
        >
          {t('checklist.submit')}
        </Button>
      </Flex>
    </Box>
  );
};

const Findings = ({ view, busy, send }: { view: WorkflowPanelView; busy: boolean; send: Send }) => {
  const { t } = useT();
  const canDismiss =
    view.availableEvents.includes('confidentiality.dismissFinding') || view.state === 'confidentialityReview';
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="workflow-findings">
      <Typography variant="sigma" textColor="neutral600">
        {t('findings.title')}
      </Typography>
      {!view.scan ? (
        <Typography variant="pi" textColor="neutral600">
          {t('findings.notScanned')}
        </Typography>
      ) : view.findings.length === 0 ? (
        <Typography variant="pi" textColor="success600" data-testid="workflow-findings-none">
          {t('findings.none')}
        </Typography>
      ) : (
        view.findings.map((f) => (
          <Finding key={f.id} finding={f} busy={busy} send={send} canDismiss={canDismiss && f.status === 'open'} />
        ))
      )}
    </Flex>
  );
};

const Finding = ({
  finding,
  busy,
  send,
  canDismiss,
}: {
  finding: WorkflowPanelView['findings'][number];
  busy: boolean;
  send: Send;
  canDismiss: boolean;
}) => {
  const { t } = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { form } = unstable_useContentManagerContext() as unknown as {
    form: { values: Record<string, unknown>; onChange: (path: string, value: unknown) => void };
  };
  const [dismissing, setDismissing] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const current = finding.path
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], form.values);
  const redactable = finding.status === 'open' && typeof current === 'string' && !finding.path.endsWith('.pdf');
  const colour = { open: 'danger600', redacted: 'success600', dismissed: 'neutral600' }[finding.status];

  const redact = async () => {
    try {
      const { data } = await post<{ data: { text: string } }>('/disclosure-workflow/redactions', {
        text: current,
        findingId: finding.id,
      });
      form.onChange(finding.path, data.data.text);
      toggleNotification({ type: 'info', message: t('findings.redacted') });
    } catch (e) {
      toggleNotification({ type: 'danger', message: t('panel.failed', { message: errorMessage(e) }) });
    }
  };

  return (
    <Box padding={2} hasRadius borderColor="neutral200" data-testid="workflow-finding" data-status={finding.status}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Flex justifyContent="space-between" gap={2}>
          <Typography variant="omega" fontWeight="bold">
            {t(`finding.${finding.kind}`)}
          </Typography>
          <Typography variant="pi" textColor={colour}>
            {t(`findings.status.${finding.status}`)}
          </Typography>
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {finding.path}
        </Typography>
        {finding.excerpt ? (
          <Typography variant="pi">
            <mark style={{ background: '#fde68a' }}>{finding.excerpt}</mark>
          </Typography>
        ) : null}
        {finding.dismissal ? (
          <Typography variant="pi" textColor="neutral600">
            {t('findings.dismissedBy', {
              name: finding.dismissal.byName ?? finding.dismissal.by,
              reason: finding.dismissal.reason,
            })}
          </Typography>
        ) : null}
        {finding.status === 'open' ? (
          <Flex gap={2} wrap="wrap">
            {redactable ? (
              <Button size="S" variant="secondary" disabled={busy} onClick={() => void redact()}>
                {t('findings.redact')}
              </Button>
            ) : (
              <Typography variant="pi" textColor="neutral500">
                {t('findings.redactUnavailable')}
              </Typography>
            )}
            {canDismiss && !dismissing ? (
              <Button size="S" variant="tertiary" disabled={busy} onClick={() => setDismissing(true)}>
                {t('findings.dismiss')}
              </Button>
            ) : null}
          </Flex>
        ) : null}
        {dismissing ? (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Textarea
              name="dismissReason"
              aria-label={t('findings.dismissReason')}
              placeholder={t('findings.dismissReason')}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)}
            />
            <Button
              size="S"
              disabled={busy}
              onClick={async () => {
                if (await send({ type: 'confidentiality.dismissFinding', findingId: finding.id, reason }))
                  setDismissing(false);
              }}
            >
              {t('panel.confirm')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Box>
  );
};

/** What the producer's automatic checks found on a daily release of monitoring data. */
const AutomaticChecks = ({ checks }: { checks: NonNullable<WorkflowPanelView['automaticChecks']> }) => {
  const { t } = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="workflow-automatic-checks">
      <Typography variant="sigma" textColor="neutral600">
        {t('checks.title')}
      </Typography>
      <Typography variant="pi" textColor={checks.flags.length ? 'danger600' : 'success600'}>
        {checks.flags.length ? t('checks.flagged', { date: checks.date }) : t('checks.passed', { date: checks.date })}
      </Typography>
      {[...checks.flags, ...checks.notes].length > 0 ? (
        <ul style={{ margin: 0, paddingLeft: '1.2em', listStyle: 'disc' }}>
          {[...checks.flags, ...checks.notes].map((flag, i) => (
            <li key={i} data-code={flag.code}>
              <Typography variant="pi" textColor="neutral700">
                {[flag.station, flag.time, flag.message].filter(Boolean).join(' · ')}
              </Typography>
            </li>
          ))}
        </ul>
      ) : null}
      {checks.lateData ? (
        <Typography variant="pi" textColor="warning600">
          {t('checks.lateData')}
        </Typography>
      ) : null}
    </Flex>
  );
};

/** Content saves: listed with the signatures under 修改记录 (`VersionsSection`), not among the transitions. */
const contentEvents = ['create', 'editor.edit'];

const History = ({ view }: { view: WorkflowPanelView }) => {
  const { t, stateName, eventName, intl } = useT();
  const transitions = view.history.filter((h) => !contentEvents.includes(h.event));
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="workflow-history">
      <Typography variant="sigma" textColor="neutral600">
        {t('history.title')}
      </Typography>
      {transitions.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('history.none')}
        </Typography>
      ) : (
        <ol style={{ margin: 0, padding: 0, listStyle: 'none', borderLeft: '2px solid #dcdce4' }}>
          {transitions.map((h) => (
            <li
              key={h.version}
              data-testid="workflow-history-entry"
              data-event={h.event}
              style={{ padding: '0 0 8px 12px' }}
            >
              <Typography variant="pi" fontWeight="bold" tag="p">
                {t('history.entry', { actor: h.actorName ?? h.actorId, event: eventName(h.event) })}
              </Typography>
              <Typography variant="pi" textColor="neutral600" tag="p">
                {intl.formatDate(h.at, { dateStyle: 'medium', timeStyle: 'short' })} · {stateName(h.from)} →{' '}
                {stateName(h.to)}
              </Typography>
              {h.reason ? (
                <Typography variant="pi" textColor="neutral700" tag="p">
                  {t('history.reason', { reason: h.reason })}
                </Typography>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Flex>
  );
};

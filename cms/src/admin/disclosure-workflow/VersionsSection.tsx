import * as React from 'react';
import { Badge, Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { useFetchClient, unstable_useContentManagerContext } from '@strapi/strapi/admin';
import type { ContentChange, ContentVersions } from '../../disclosure/contracts';
import { errorMessage, errorStatus, pluginId, useT } from './common';

/** Values longer than this are cut, with a toggle to show them whole. */
const shortLength = 120;

type Load =
  | { status: 'loading' }
  | { status: 'hidden' }
  | { status: 'failed'; message: string }
  | ContentVersionsLoaded;
interface ContentVersionsLoaded {
  status: 'loaded';
  versions: ContentVersions;
}

/** Loads the versions again whenever `reloadKey` changes (the record's version: a transition, a save). */
function useContentVersions(uid: string, documentId: string, locale: string, reloadKey: string): Load {
  const { get } = useFetchClient();
  const [load, setLoad] = React.useState<Load>({ status: 'loading' });
  React.useEffect(() => {
    let current = true;
    get<{ data: ContentVersions }>(
      `/disclosure-workflow/items/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}/versions?locale=${encodeURIComponent(locale)}`,
    )
      .then(({ data }) => current && setLoad({ status: 'loaded', versions: data.data }))
      .catch((e: unknown) => {
        // A server without the versions route (404) simply has no section to show.
        if (current)
          setLoad(errorStatus(e) === 404 ? { status: 'hidden' } : { status: 'failed', message: errorMessage(e) });
      });
    return () => {
      current = false;
    };
  }, [get, uid, documentId, locale, reloadKey]);
  return load;
}

/**
 * 修改记录: every saved version and signature of the draft, and what changed since the version last
 * signed, so that a reviewer sees what they are asked to sign.
 */
export const VersionsSection = ({
  uid,
  documentId,
  locale,
  reloadKey,
}: {
  uid: string;
  documentId: string;
  locale: string;
  reloadKey: string;
}) => {
  const { t } = useT();
  const load = useContentVersions(uid, documentId, locale, reloadKey);
  if (load.status === 'hidden') return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="workflow-versions-section">
      <Flex direction="column" alignItems="stretch" gap={2} data-testid="workflow-versions">
        <Typography variant="sigma" textColor="neutral600">
          {t('versions.title')}
        </Typography>
        {load.status === 'loading' ? (
          <Typography variant="pi" textColor="neutral600">
            {t('versions.loading')}
          </Typography>
        ) : load.status === 'failed' ? (
          <Typography variant="pi" textColor="danger600" data-testid="workflow-versions-error">
            {t('versions.loadFailed', { message: load.message })}
          </Typography>
        ) : (
          <VersionList versions={load.versions} />
        )}
      </Flex>
      {load.status === 'loaded' && load.versions.versions.length > 0 ? <Comparison versions={load.versions} /> : null}
    </Flex>
  );
};

const VersionList = ({ versions }: { versions: ContentVersions }) => {
  const { t, intl, eventName } = useT();
  if (versions.versions.length === 0)
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('versions.none')}
      </Typography>
    );
  // A version event has its own label where the button's verb would read oddly in a record.
  const label = (event: string) =>
    `${pluginId}.versions.event.${event}` in intl.messages ? t(`versions.event.${event}`) : eventName(event);
  return (
    <ol style={{ margin: 0, padding: 0, listStyle: 'none', borderLeft: '2px solid #dcdce4' }}>
      {versions.versions.map((v, i) => (
        <li
          key={`${i}-${v.fingerprint}`}
          data-testid="workflow-version"
          data-event={v.event}
          data-signed={v.signed}
          data-current={v.fingerprint === versions.current.fingerprint}
          style={{ padding: '0 0 8px 12px' }}
        >
          <Flex gap={2} wrap="wrap">
            <Typography variant="pi" fontWeight="bold">
              {t('versions.entry', { actor: v.actorName ?? v.actorId, event: label(v.event) })}
            </Typography>
            {v.signed ? (
              <Badge size="S" variant="success" data-testid="workflow-version-signed">
                {t('versions.signed')}
              </Badge>
            ) : null}
          </Flex>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {intl.formatDate(v.at, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
            <span title={v.fingerprint} style={{ fontFamily: 'monospace' }}>
              {v.fingerprint.slice(0, 8)}
            </span>
          </Typography>
        </li>
      ))}
    </ol>
  );
};

/** The draft against the version last signed, or against the first version while nothing is signed. */
const Comparison = ({ versions }: { versions: ContentVersions }) => {
  const { t, intl } = useT();
  const { lastSigned, diff } = versions;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="workflow-comparison">
      <Typography variant="sigma" textColor="neutral600" data-testid="workflow-comparison-title">
        {lastSigned ? t('versions.compare.title') : t('versions.compare.firstTitle')}
      </Typography>
      {lastSigned ? (
        <Typography variant="pi" textColor="neutral600">
          {t('versions.compare.signedBy', {
            name: lastSigned.byName ?? lastSigned.by,
            at: intl.formatDate(lastSigned.at, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </Typography>
      ) : null}
      {diff.length === 0 ? (
        <Typography variant="pi" textColor="success600" data-testid="workflow-comparison-none">
          {t('versions.compare.none')}
        </Typography>
      ) : (
        diff.map((change) => <Change key={change.field} change={change} />)
      )}
    </Flex>
  );
};

/** The label an administrator gave the field in the edit view, or its name. */
function useFieldLabel(): (field: string) => string {
  const { layout } = unstable_useContentManagerContext() as unknown as {
    layout?: { edit?: { metadatas?: Record<string, { label?: string } | undefined> } };
  };
  return (field) => layout?.edit?.metadatas?.[field]?.label || field;
}

const Change = ({ change }: { change: ContentChange }) => {
  const { t } = useT();
  const labelOf = useFieldLabel();
  return (
    <Box padding={2} hasRadius borderColor="neutral200" data-testid="workflow-change" data-field={change.field}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="omega" fontWeight="bold">
          {labelOf(change.field)}
        </Typography>
        <Value value={change.before} label={t('versions.compare.before')} tone="before" />
        <Typography variant="pi" textColor="neutral500" aria-hidden>
          ↓
        </Typography>
        <Value value={change.after} label={t('versions.compare.after')} tone="after" />
      </Flex>
    </Box>
  );
};

/** A value as the reviewer reads it: text as it is, anything else as JSON; long values cut. */
const Value = ({ value, label, tone }: { value: unknown; label: string; tone: 'before' | 'after' }) => {
  const { t } = useT();
  const [expanded, setExpanded] = React.useState(false);
  const text = value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);
  const long = text !== null && text.length > shortLength;
  return (
    <Box
      padding={1}
      hasRadius
      background={tone === 'before' ? 'danger100' : 'success100'}
      data-testid={`workflow-change-${tone}`}
      aria-label={label}
    >
      <Typography
        variant="pi"
        textColor={text === null ? 'neutral500' : 'neutral800'}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {text === null ? t('versions.compare.empty') : long && !expanded ? `${text.slice(0, shortLength)}…` : text}
      </Typography>
      {long ? (
        <TextButton onClick={() => setExpanded((e) => !e)} data-testid="workflow-change-toggle">
          {expanded ? t('versions.compare.less') : t('versions.compare.more')}
        </TextButton>
      ) : null}
    </Box>
  );
};

import * as React from 'react';
import { Link } from 'react-router-dom';
import { Badge, Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import type { TaskItem, TaskList } from '../../disclosure/contracts';
import { categories, editViewPath, errorMessage, useT } from './common';

/** The task list (政务公开任务): my queue, overdue and due-soon items, my departments' items. */
const TaskListPage = () => {
  const { t, stateName, categoryName } = useT();
  const { get } = useFetchClient();
  const [category, setCategory] = React.useState('');
  const [state, setState] = React.useState('');
  const [list, setList] = React.useState<TaskList | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    const params = new URLSearchParams();
    if (category) params.set('category', category);
    if (state) params.set('state', state);
    get<{ data: TaskList }>(`/disclosure-workflow/tasks?${params}`)
      .then(({ data }) => {
        setList(data.data);
        setError(null);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [get, category, state]);

  return (
    <Page.Main>
      <Page.Title>{t('tasks.title')}</Page.Title>
      <Layouts.Header title={t('tasks.title')} subtitle={t('tasks.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} wrap="wrap">
            <Box minWidth="240px">
              <Field.Root name="category" id="tasks-filter-category-field">
                <Field.Label>{t('tasks.filter.category')}</Field.Label>
                <SingleSelect
                  value={category}
                  onChange={(v: string | number) => setCategory(String(v))}
                  data-testid="tasks-filter-category"
                >
                  <SingleSelectOption value="">{t('tasks.filter.all')}</SingleSelectOption>
                  {categories.map((c) => (
                    <SingleSelectOption key={c.key} value={c.key}>
                      {categoryName(c.key)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Box minWidth="240px">
              <Field.Root name="state" id="tasks-filter-state-field">
                <Field.Label>{t('tasks.filter.state')}</Field.Label>
                <SingleSelect
                  value={state}
                  onChange={(v: string | number) => setState(String(v))}
                  data-testid="tasks-filter-state"
                >
                  <SingleSelectOption value="">{t('tasks.filter.all')}</SingleSelectOption>
                  {(list?.states ?? []).map((s) => (
                    <SingleSelectOption key={s} value={s}>
                      {stateName(s)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
          </Flex>
          {error ? <Typography textColor="danger600">{error}</Typography> : null}
          {list && list.departments.length === 0 ? (
            <Typography textColor="neutral600">{t('tasks.noMembership')}</Typography>
          ) : null}
          {list ? (
            <>
              <Section testId="tasks-queue" title={t('tasks.queue')} items={list.items.filter((i) => i.mine)} />
              <Section testId="tasks-overdue" title={t('tasks.overdue')} items={list.items.filter((i) => i.overdue)} />
              <Section testId="tasks-due-soon" title={t('tasks.dueSoon')} items={list.items.filter((i) => i.dueSoon)} />
              <Box>
                <Typography variant="delta" tag="h2">
                  {t('tasks.byState')}
                </Typography>
                <Flex gap={2} wrap="wrap" paddingTop={2} data-testid="tasks-by-state">
                  {Object.entries(list.byState).map(([s, n]) => (
                    <Badge key={s} data-state={s}>
                      {stateName(s)} {n}
                    </Badge>
                  ))}
                </Flex>
              </Box>
              <Section
                testId="tasks-department"
                title={t('tasks.department')}
                items={list.items.filter((i) => list.departments.includes(i.department))}
              />
            </>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const Section = ({ title, items, testId }: { title: string; items: TaskItem[]; testId: string }) => {
  const { t, stateName, categoryName, departmentName } = useT();
  const cell = { padding: '8px 12px', borderBottom: '1px solid #eaeaef', textAlign: 'left' as const };
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid={testId}>
      <Typography variant="delta" tag="h2">
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Box paddingTop={2}>
          <Typography textColor="neutral600">{t('tasks.empty')}</Typography>
        </Box>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 8 }}>
          <thead>
            <tr>
              {['title', 'category', 'state', 'department', 'due'].map((c) => (
                <th key={c} style={cell}>
                  <Typography variant="sigma" textColor="neutral600">
                    {t(`tasks.column.${c}`)}
                  </Typography>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={`${i.uid}|${i.documentId}|${i.locale}`} data-testid="task-row" data-document-id={i.documentId}>
                <td style={cell}>
                  <Link to={editViewPath(i.uid, i.documentId, i.locale)}>
                    <Typography textColor="primary600">{i.title ?? t('tasks.untitled')}</Typography>
                  </Link>
                </td>
                <td style={cell}>
                  <Typography>{categoryName(i.category)}</Typography>
                </td>
                <td style={cell}>
                  <Badge>{stateName(i.state)}</Badge>
                </td>
                <td style={cell}>
                  <Typography>{departmentName(i.department)}</Typography>
                </td>
                <td style={cell}>
                  <Typography textColor={i.overdue ? 'danger600' : i.dueSoon ? 'warning600' : 'neutral800'}>
                    {i.dueDate ? i.dueDate.slice(0, 10) : '—'}
                    {i.workingDaysLeft !== null ? ` (${i.workingDaysLeft})` : ''}
                  </Typography>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Box>
  );
};

export default TaskListPage;

import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  Checkbox,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { DepartmentOverview } from '../../disclosure/contracts';
import { errorCode, errorMessage, useT } from './common';

/** Department membership management for the super admin; the server refuses everyone else. */
const DepartmentsPage = () => {
  const { t, zh } = useT();
  const { get } = useFetchClient();
  const [overview, setOverview] = React.useState<DepartmentOverview | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const reload = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: DepartmentOverview }>('/disclosure-workflow/departments');
      setOverview(data.data);
      setError(null);
    } catch (e) {
      setError(errorCode(e) === 'SUPER_ADMIN_REQUIRED' ? t('departments.forbidden') : errorMessage(e));
    }
  }, [get, t]);
  React.useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <Page.Main>
      <Page.Title>{t('departments.title')}</Page.Title>
      <Layouts.Header title={t('departments.title')} subtitle={t('departments.subtitle')} />
      <Layouts.Content>
        {error ? (
          <Typography textColor="danger600" data-testid="departments-error">
            {error}
          </Typography>
        ) : null}
        {overview ? (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {overview.departments.map((d) => (
              <Department
                key={d.code}
                department={d}
                name={zh ? d.nameZh : d.nameEn}
                users={overview.users}
                roles={overview.roles}
                reload={reload}
              />
            ))}
          </Flex>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};

const Department = ({
  department,
  name,
  users,
  roles,
  reload,
}: {
  department: DepartmentOverview['departments'][number];
  name: string;
  users: DepartmentOverview['users'];
  roles: DepartmentOverview['roles'];
  reload: () => Promise<void>;
}) => {
  const { t } = useT();
  const { put, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [userId, setUserId] = React.useState('');
  const [chosen, setChosen] = React.useState<string[]>([]);
  const path = (id: number | string) => `/disclosure-workflow/departments/${department.code}/members/${id}`;
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      toggleNotification({ type: 'success', message: t('departments.saved') });
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
    await reload();
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid={`department-${department.code}`}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {name} ({department.code})
        </Typography>
        {department.members.length === 0 ? (
          <Typography textColor="neutral600">{t('departments.noMembers')}</Typography>
        ) : (
          department.members.map((m) => (
            <Flex key={m.userId} gap={2} wrap="wrap" justifyContent="space-between">
              <Typography>
                {m.name} &lt;{m.email}&gt;
              </Typography>
              <Flex gap={1}>
                {m.roles.map((r) => (
                  <Badge key={r}>{t(`role.${r}`)}</Badge>
                ))}
                <Button size="S" variant="danger-light" onClick={() => void act(() => del(path(m.userId)))}>
                  {t('departments.remove')}
                </Button>
              </Flex>
            </Flex>
          ))
        )}
        <Flex gap={3} wrap="wrap" alignItems="center">
          <Box minWidth="280px">
            <SingleSelect
              aria-label={t('departments.user')}
              placeholder={t('departments.user')}
              value={userId}
              onChange={(v: string | number) => setUserId(String(v))}
            >
              {users.map((u) => (
                <SingleSelectOption key={u.id} value={String(u.id)}>
                  {u.name} &lt;{u.email}&gt;
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
          {roles.map((r) => (
            <Checkbox
              key={r}
              checked={chosen.includes(r)}
              onCheckedChange={(value: boolean | 'indeterminate') =>
                setChosen((c) => (value === true ? [...c, r] : c.filter((x) => x !== r)))
              }
            >
              {t(`role.${r}`)}
            </Checkbox>
          ))}
          <Button
            disabled={!userId || chosen.length === 0}
            onClick={() => void act(() => put(path(userId), { roles: chosen }))}
          >
            {t('departments.add')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

export default DepartmentsPage;

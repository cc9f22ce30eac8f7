/** A member of a department with their workflow roles. */
export interface DepartmentMember {
  userId: number;
  email: string;
  name: string;
  roles: string[];
}

/**
 * Every department with its members and roles, and every admin user to choose from
 * (`GET /disclosure-workflow/departments`, super admin only).
 */
export interface DepartmentOverview {
  departments: { code: string; nameZh: string; nameEn: string; members: DepartmentMember[] }[];
  users: { id: number; email: string; name: string; isActive: boolean }[];
  roles: readonly string[];
}

/** What `PUT /disclosure-workflow/departments/:department/members/:userId` answers. */
export interface MembershipSet extends DepartmentMember {
  department: string;
}

/** What `DELETE /disclosure-workflow/departments/:department/members/:userId` answers; false when they were not in it. */
export interface MembershipRemoved {
  removed: boolean;
}

import type { Core } from '@strapi/strapi';

export const portalChannelUid = 'api::portal-channel.portal-channel';

/** A portal that follows some categories and regions; `secret` signs its deliveries. */
export interface PortalChannel {
  id: number;
  name: string;
  url: string;
  secret: string;
  /** Catalogue category keys; null or empty follows every category. */
  categories: unknown;
  /** GB/T 2260 codes, each covering its subregions; null or empty follows every region. */
  regionCodes: unknown;
  active: boolean | null;
}

/** The active channels, secrets included: for the fan-out and the sender, never for an API answer. */
export async function activePortalChannels(strapi: Core.Strapi): Promise<PortalChannel[]> {
  return (await strapi.db.query(portalChannelUid as never).findMany({ where: { active: true } })) as PortalChannel[];
}

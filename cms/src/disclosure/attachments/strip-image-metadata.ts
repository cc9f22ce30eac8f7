import { readFile, writeFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

interface UploadFile {
  filepath?: string;
  size?: number;
  sizeInBytes?: number;
}

type ImageService = { optimize(file: UploadFile): Promise<UploadFile> } & Record<string, unknown>;

/**
 * Rewrites the image at `file.filepath` without its metadata: EXIF (GPS position, camera serial
 * numbers, owner names, time stamps), XMP and IPTC. The EXIF orientation is applied to the pixels
 * first, so the picture still stands the right way up.
 */
export async function stripImageMetadata(file: UploadFile): Promise<void> {
  if (!file.filepath) return;
  const original = await readFile(file.filepath);
  // sharp writes no metadata unless asked to (`keepMetadata`/`withMetadata`); `rotate()` bakes in
  // the orientation the EXIF block held.
  const stripped = await sharp(original, { animated: true }).rotate().toBuffer();
  await writeFile(file.filepath, stripped);
  file.sizeInBytes = stripped.length;
  file.size = Math.round((stripped.length / 1000) * 100) / 100;
}

/**
 * Every image Strapi's upload plugin processes (admin Media Library, REST `/api/upload`, GraphQL)
 * loses its metadata before it is stored, whatever the Media Library's optimisation settings say:
 * Strapi's own optimisation keeps the original (metadata and all) when it would come out larger.
 */
export function stripMetadataOnUpload(strapi: Core.Strapi): void {
  const service = strapi.plugin('upload').service('image-manipulation') as ImageService;
  const optimize = service.optimize.bind(service);
  service.optimize = async (file: UploadFile) => {
    await stripImageMetadata(file);
    return optimize(file);
  };
}

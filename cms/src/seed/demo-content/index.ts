export { generateDemoContent } from './generate-demo-content';
export type { DemoAttachment, DemoContentUid, DemoItem, GenerateDemoContentInput } from './demo-item';
export { demoContentUids } from './demo-item';
export { DemoContentError, demoContentErrorCodes } from './demo-content-error';
export type { DemoContentErrorCode } from './demo-content-error';

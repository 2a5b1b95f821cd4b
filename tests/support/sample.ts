/** A small valid procedure as YAML text, for tests that vary one part of it. */

/**
 * An application step and a review step whose duration is `duration` (YAML flow text), with `top`
 * (YAML lines) added at the top level.
 * @example sampleProcedure('{ min: 3, mode: 5, max: 10 }', 'volume: 100')
 */
export function sampleProcedure(duration = '1', top = ''): string {
  return `id: sample
name: 示例许可
version: { label: 改革前 }
${top}${top ? '\n' : ''}materials: [{ id: form, name: 申请书 }]
process:
  initial: apply
  states:
    apply: { name: 申请, materials: [form], on: { SUBMIT: review } }
    review: { name: 审查, duration: ${duration}, on: { APPROVE: done } }
    done: { type: final, outcome: approved }
`;
}

import { tasks } from '../../../src';
import { ValidationError } from '../../../src/core/errors';

describe('PlacementStrategy and PlacementConstraint', () => {
  test('spreadAcross takes one item per field, and needs at least one', () => {
    expect(tasks.PlacementStrategy.spreadAcross('host', tasks.BuiltInAttributes.INSTANCE_TYPE).toJson())
      .toEqual([{ type: 'spread', field: 'host' }, { type: 'spread', field: 'attribute:ecs.instance-type' }]);
    expect(() => tasks.PlacementStrategy.spreadAcross()).toThrow(ValidationError);
    expect(() => tasks.PlacementStrategy.spreadAcross()).toThrow(/fields must name at least one field to spread by, got none/);
  });

  test('packedBy and memberOf', () => {
    expect(tasks.PlacementStrategy.packedBy(tasks.BinPackResource.MEMORY).toJson()).toEqual([{ type: 'binpack', field: 'MEMORY' }]);
    expect(tasks.PlacementConstraint.memberOf('a', 'b').toJson()).toEqual([{ type: 'memberOf', expression: 'a' }, { type: 'memberOf', expression: 'b' }]);
  });
});

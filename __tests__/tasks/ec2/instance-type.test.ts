import { tasks } from '../../../src';

describe('InstanceType', () => {
  test('of() joins class and size', () => {
    expect(tasks.InstanceType.of(tasks.InstanceClass.M5, tasks.InstanceSize.XLARGE).toString()).toEqual('m5.xlarge');
    expect(tasks.InstanceType.of(tasks.InstanceClass.G4DN, tasks.InstanceSize.XLARGE12).toString()).toEqual('g4dn.12xlarge');
  });

  test('the constructor keeps any name', () => {
    expect(new tasks.InstanceType('x2iedn.24xlarge').toString()).toEqual('x2iedn.24xlarge');
  });
});

import { App } from 'cdktf';
import { PathsStack } from './stacks/paths';

const app = new App();
new PathsStack(app, 'paths');
app.synth();

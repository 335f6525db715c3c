// DANVAN_PLAYGROUND_USER=head|office|leader ./run.sh: the playground config written for each user must be one the
// playground accepts (five other users, unique ids) and sign in as a sample roster member with that role, matched
// by Entra object id as Teams would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';
import { PLAYGROUND_USERS, configFor } from '../playground-user.mjs';

// The roster file is JSON with whole-line // comments.
const roster = JSON.parse(fs.readFileSync(path.join(repoRoot, 'plans', 'danh-sach-don-vi-mau.json'), 'utf8')
  .split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n'));
const ROLES = { head: 'UnitHead', office: 'Office', leader: 'Leader' };

describe('the playground config for each DANVAN_PLAYGROUND_USER', () => {
  for (const [user, role] of Object.entries(ROLES)) {
    it(`${user}: signs in as a sample roster member with role ${role}`, () => {
      const config = configFor(user);
      const me = config.currentUser;
      assert.equal(me.userPrincipleName, PLAYGROUND_USERS[user]);
      const member = roster.members.find((m) => m.aadObjectId === me.aadObjectId);
      assert.ok(member, `no sample roster member has aadObjectId ${me.aadObjectId}`);
      assert.equal(member.role, role);
      assert.equal(member.upn, me.userPrincipleName);

      assert.equal(config.users.length, 5, 'the playground requires exactly five other users');
      const ids = [me.id, ...config.users.map((u) => u.id)];
      assert.equal(new Set(ids).size, ids.length, 'user ids must be unique');
      assert.ok(!config.users.some((u) => u.aadObjectId === me.aadObjectId), 'the signed-in user is also among the others');
      if (user !== 'head') assert.ok(config.users.some((u) => u.userPrincipleName === PLAYGROUND_USERS.head), 'Alex Wilber dropped out');
    });
  }

  it('refuses an unknown user', () => {
    assert.throws(() => configFor('boss'), /unknown playground user "boss"; use one of: head, office, leader/);
  });

  it('refuses a config line it cannot read rather than guessing', () => {
    assert.throws(() => configFor('office', 'version: "0.1.1"\nusers: [a, b]\n'), /cannot read line "users: \[a, b\]"/);
  });
});

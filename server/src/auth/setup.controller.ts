import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Inject, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from './policy.decorators';
import { createFirstAdmin, FirstAdminError, OWNER_DATA_SOURCE, SetupState } from './first-admin';

/** The one-time setup link's form posts here to create the first organisation and admin. */
@Controller('api/auth/setup')
export class SetupController {
  constructor(private readonly setup: SetupState, @Inject(OWNER_DATA_SOURCE) private readonly owner: DataSource) {}

  @Public()
  @Get()
  status() {
    return { pending: this.setup.pending };
  }

  @Public()
  @Post()
  @HttpCode(201)
  async create(@Body() body: Record<string, unknown>) {
    const field = (name: string) => (typeof body?.[name] === 'string' ? (body[name] as string) : '');
    if (!this.setup.matches(field('token'))) {
      throw new HttpException({ message: 'This setup link is not valid (already used, or the server restarted: see its log for a new one).' }, HttpStatus.FORBIDDEN);
    }
    try {
      await createFirstAdmin(this.owner, {
        onlyIfNoAccount: true,
        organization: field('organization'),
        email: field('email'),
        name: field('name'),
        password: field('password'),
      });
      this.setup.spend();
    } catch (error) {
      if (error instanceof FirstAdminError) throw new HttpException({ message: error.message }, HttpStatus.BAD_REQUEST);
      throw error;
    }
    return { ok: true, next: 'Sign in with the account you just created.' };
  }
}

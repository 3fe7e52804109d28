import { Module } from '@nestjs/common';
import { SiteMutationsResolver } from './site-mutations.resolver';
import { SiteWritesService } from './site-writes.service';
import { SitesResolver } from './sites.resolver';
import { SitesService } from './sites.service';

@Module({ providers: [SitesService, SitesResolver, SiteWritesService, SiteMutationsResolver], exports: [SitesService] })
export class SitesModule {}

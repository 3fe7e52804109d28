import { Rng, hashInts } from './prng';
import type { SiteProfile } from './sites-catalog';
import type { ProgramCode } from './types';

const FIRST_NAMES: Record<string, readonly string[]> = {
  PT: ['Ana', 'João', 'Inês', 'Miguel', 'Beatriz', 'Tiago', 'Mariana', 'Rui', 'Catarina', 'Pedro', 'Sofia', 'Diogo',
    'Rita', 'André', 'Joana', 'Nuno', 'Marta', 'Gonçalo', 'Carolina', 'Bruno', 'Leonor', 'Ricardo'],
  PL: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Agnieszka', 'Michał', 'Joanna', 'Krzysztof',
    'Aleksandra', 'Marcin', 'Zofia', 'Jakub', 'Ewa', 'Łukasz', 'Natalia', 'Wojciech', 'Monika', 'Kamil'],
  EG: ['Ahmed', 'Mona', 'Mohamed', 'Nour', 'Omar', 'Yasmin', 'Karim', 'Salma', 'Mostafa', 'Dina', 'Hassan', 'Mariam',
    'Tarek', 'Rana', 'Youssef', 'Heba', 'Amr', 'Laila', 'Khaled', 'Aya'],
  PH: ['Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'John Paul', 'Jasmine', 'Carlo', 'Princess', 'Rommel', 'Joy',
    'Paolo', 'Camille', 'Jerome', 'Rhea', 'Miguel', 'Patricia', 'Ramon', 'Liza', 'Kevin', 'Grace', 'Aldrin'],
  MY: ['Nurul', 'Ahmad', 'Siti', 'Muhammad', 'Aisyah', 'Hafiz', 'Mei Ling', 'Wei Jie', 'Priya', 'Arjun', 'Farah',
    'Azlan', 'Hui Min', 'Kumar', 'Zarina', 'Daniel', 'Amirah', 'Jun Hao'],
  CO: ['Valentina', 'Santiago', 'Camila', 'Andrés', 'Daniela', 'Sebastián', 'Laura', 'Juan Pablo', 'Natalia', 'Felipe',
    'Paula', 'Carlos', 'Juliana', 'Mateo', 'Catalina', 'Diego', 'Mariana', 'Alejandro', 'Sara', 'Julián'],
  US: ['Jessica', 'Michael', 'Ashley', 'Chris', 'Brittany', 'David', 'Amanda', 'Tyler', 'Maria', 'Jason', 'Stephanie',
    'Brandon', 'Lauren', 'Carlos', 'Megan', 'Marcus', 'Taylor', 'Kevin', 'Rachel', 'Luis'],
  CA: ['Emily', 'Liam', 'Olivia', 'Noah', 'Chloé', 'Ethan', 'Sarah', 'Mathieu', 'Jasmine', 'Ryan', 'Hannah', 'Gabriel',
    'Avery', 'Raj', 'Maya', 'Connor', 'Sophie', 'Owen'],
  OTHER: ['Sam', 'Alex', 'Maria', 'David', 'Fatima', 'Lucas', 'Amara', 'Ravi', 'Elena', 'Kwame', 'Mia', 'Leo', 'Zara',
    'Omar', 'Lena', 'Hugo', 'Nadia', 'Ivan', 'Grace', 'Tom'],
};

const INITIALS = 'ABCDEFGHIJKLMNOPRSTVWZ';
const PROGRAM_LABEL: Record<ProgramCode, string> = { TELCO: 'Telco', BANK: 'Banking' };
const TEAM_NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];

export interface Agent {
  name: string;
  team: string;
  program: ProgramCode;
  /** Effect on the customer latent. */
  rapport: number;
  /** Effect on checklist-item pass logits. */
  compliance: number;
}

export function programsOf(site: SiteProfile): ProgramCode[] {
  return (Object.keys(site.serves) as ProgramCode[]).filter((p) => (site.serves[p]?.length ?? 0) > 0);
}

/** The site's agents, split across its programs in teams of about nine. */
export function siteAgents(seed: number, siteIndex: number, site: SiteProfile): Agent[] {
  const rng = new Rng(hashInts(seed, 0xa9e7, siteIndex));
  const pool = FIRST_NAMES[site.country] ?? FIRST_NAMES.OTHER;
  const programs = programsOf(site);
  const used = new Set<string>();
  const agents: Agent[] = [];
  for (const program of programs) {
    const count = Math.max(4, Math.round(site.agents * (site.programWeight[program] ?? 0)));
    const teams = Math.max(1, Math.round(count / 9));
    for (let i = 0; i < count; i++) {
      let name = '';
      do name = `${rng.pick(pool)} ${INITIALS[rng.int(INITIALS.length)]}.`;
      while (used.has(name));
      used.add(name);
      const rapport = rng.normal(0, 0.3);
      agents.push({
        name,
        team: `${site.city} ${PROGRAM_LABEL[program]} ${TEAM_NAMES[i % teams]}`,
        program,
        rapport,
        compliance: 0.3 * rapport + rng.normal(0, 0.35),
      });
    }
  }
  return agents;
}

/** A professional as a command names them: their roster key and their name. */
export interface Person {
  id: string;
  /** The roster's key (Professional.externalKey), e.g. 's.devries'; unique across the installation. */
  key: string;
  name: string;
}

/** Who can be named in a team's commands (`actie HH-2041 @sanne …`, `afwezig … @deputy`). */
export interface PeopleDirectory {
  /** The team's members whose professional is active, sorted by name. */
  activeMembers(teamId: string): Promise<Person[]>;
  /** A professional by id, active or not; undefined when there is none. */
  byId(professionalId: string): Promise<Person | undefined>;
}

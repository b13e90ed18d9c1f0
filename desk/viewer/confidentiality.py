"""DICOM PS3.15 Table E.1-1, the Basic Application Level Confidentiality Profile, as data.

Each entry is ``TAG ACTION Keyword``: the attribute's tag (group and element in hex), the
action of the profile's own column (not of its options) and its keyword. The actions:
D a dummy value of the same value representation; Z empty (zero length); X removed; U a UID
replaced by another, the same one wherever the original appears; and the combinations, where
the stronger action may be taken unless the IOD requires the attribute: Z/D, X/Z, X/D,
X/Z/D, and X/Z/U* (a sequence kept with the UIDs in its items replaced).

Copied from DICOM PS3.15 2024b (https://dicom.nema.org/medical/dicom/2024b/output/chtml/
part15/chapter_E.html#table_E.1-1), keywords as pydicom's dictionary names them. The
repeating groups of the table (Curve Data 50xx,xxxx; Overlay Data 60xx,3000 and Overlay
Comments 60xx,4000) are in :data:`REPEATING`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the table."""

    tag: int
    action: str
    keyword: str


REPEATING = (
    (0xFF000000, 0x50000000, "X", "CurveData"),
    (0xFF00FFFF, 0x60003000, "X", "OverlayData"),
    (0xFF00FFFF, 0x60004000, "X", "OverlayComments"),
)
"""(mask, value, action, keyword): a tag ``t`` is covered when ``t & mask == value``."""

_TABLE = """
00001000 X AffectedSOPInstanceUID; 00001001 U RequestedSOPInstanceUID; 00020003 U
MediaStorageSOPInstanceUID; 00041511 U ReferencedSOPInstanceUIDInFile; 00080012 X/D
InstanceCreationDate; 00080013 X/Z/D InstanceCreationTime; 00080014 U InstanceCreatorUID;
00080015 X InstanceCoercionDateTime; 00080017 U AcquisitionUID; 00080018 U SOPInstanceUID;
00080019 U PyramidUID; 00080020 Z StudyDate; 00080021 X/D SeriesDate; 00080022 X/Z
AcquisitionDate; 00080023 Z/D ContentDate; 00080024 X OverlayDate; 00080025 X CurveDate;
0008002A X/Z/D AcquisitionDateTime; 00080030 Z StudyTime; 00080031 X/D SeriesTime; 00080032 X/Z
AcquisitionTime; 00080033 Z/D ContentTime; 00080034 X OverlayTime; 00080035 X CurveTime;
00080050 Z AccessionNumber; 00080054 X RetrieveAETitle; 00080055 X StationAETitle; 00080058 U
FailedSOPInstanceUIDList; 00080080 X/Z/D InstitutionName; 00080081 X InstitutionAddress;
00080082 X/Z/D InstitutionCodeSequence; 00080090 Z ReferringPhysicianName; 00080092 X
ReferringPhysicianAddress; 00080094 X ReferringPhysicianTelephoneNumbers; 00080096 X
ReferringPhysicianIdentificationSequence; 0008009C Z ConsultingPhysicianName; 0008009D X
ConsultingPhysicianIdentificationSequence; 00080106 D ContextGroupVersion; 00080107 D
ContextGroupLocalVersion; 00080201 X TimezoneOffsetFromUTC; 00081000 X NetworkID; 00081010
X/Z/D StationName; 00081030 X StudyDescription; 0008103E X SeriesDescription; 00081040 X
InstitutionalDepartmentName; 00081041 X InstitutionalDepartmentTypeCodeSequence; 00081048 X
PhysiciansOfRecord; 00081049 X PhysiciansOfRecordIdentificationSequence; 00081050 X
PerformingPhysicianName; 00081052 X PerformingPhysicianIdentificationSequence; 00081060 X
NameOfPhysiciansReadingStudy; 00081062 X PhysiciansReadingStudyIdentificationSequence; 00081070
X/Z/D OperatorsName; 00081072 X/D OperatorIdentificationSequence; 00081080 X
AdmittingDiagnosesDescription; 00081084 X AdmittingDiagnosesCodeSequence; 00081088 X
PyramidDescription; 00081110 X/Z ReferencedStudySequence; 00081111 X/Z/D
ReferencedPerformedProcedureStepSequence; 00081120 X ReferencedPatientSequence; 00081140 X/Z/U*
ReferencedImageSequence; 00081155 U ReferencedSOPInstanceUID; 00081195 U TransactionUID;
00082111 X DerivationDescription; 00082112 X/Z/U* SourceImageSequence; 00083010 U
IrradiationEventUID; 00084000 X IdentifyingComments; 00100010 Z PatientName; 00100020 Z/D
PatientID; 00100021 X IssuerOfPatientID; 00100030 Z PatientBirthDate; 00100032 X
PatientBirthTime; 00100040 Z PatientSex; 00100050 X PatientInsurancePlanCodeSequence; 00100101
X PatientPrimaryLanguageCodeSequence; 00100102 X PatientPrimaryLanguageModifierCodeSequence;
00101000 X OtherPatientIDs; 00101001 X OtherPatientNames; 00101002 X OtherPatientIDsSequence;
00101005 X PatientBirthName; 00101010 X PatientAge; 00101020 X PatientSize; 00101030 X
PatientWeight; 00101040 X PatientAddress; 00101050 X InsurancePlanIdentification; 00101060 X
PatientMotherBirthName; 00101080 X MilitaryRank; 00101081 X BranchOfService; 00101090 X
MedicalRecordLocator; 00101100 X ReferencedPatientPhotoSequence; 00102000 X MedicalAlerts;
00102110 X Allergies; 00102150 X CountryOfResidence; 00102152 X RegionOfResidence; 00102154 X
PatientTelephoneNumbers; 00102155 X PatientTelecomInformation; 00102160 X EthnicGroup; 00102180
X Occupation; 001021A0 X SmokingStatus; 001021B0 X AdditionalPatientHistory; 001021C0 X
PregnancyStatus; 001021D0 X LastMenstrualDate; 001021F0 X PatientReligiousPreference; 00102203
X/Z PatientSexNeutered; 00102297 X ResponsiblePerson; 00102299 X ResponsibleOrganization;
00104000 X PatientComments; 00120010 D ClinicalTrialSponsorName; 00120020 D
ClinicalTrialProtocolID; 00120021 Z ClinicalTrialProtocolName; 00120022 X
IssuerOfClinicalTrialProtocolID; 00120023 X OtherClinicalTrialProtocolIDsSequence; 00120030 Z
ClinicalTrialSiteID; 00120031 Z ClinicalTrialSiteName; 00120032 X IssuerOfClinicalTrialSiteID;
00120040 D ClinicalTrialSubjectID; 00120041 X IssuerOfClinicalTrialSubjectID; 00120042 D
ClinicalTrialSubjectReadingID; 00120043 X IssuerOfClinicalTrialSubjectReadingID; 00120050 Z
ClinicalTrialTimePointID; 00120051 X ClinicalTrialTimePointDescription; 00120055 X
IssuerOfClinicalTrialTimePointID; 00120060 Z ClinicalTrialCoordinatingCenterName; 00120071 X
ClinicalTrialSeriesID; 00120072 X ClinicalTrialSeriesDescription; 00120073 X
IssuerOfClinicalTrialSeriesID; 00120081 D ClinicalTrialProtocolEthicsCommitteeName; 00120082 X
ClinicalTrialProtocolEthicsCommitteeApprovalNumber; 00120086 X
EthicsCommitteeApprovalEffectivenessStartDate; 00120087 X
EthicsCommitteeApprovalEffectivenessEndDate; 0014407C X CalibrationTime; 0014407E X
CalibrationDate; 0016002B X MakerNote; 0016004B X DeviceSettingDescription; 0016004D X
CameraOwnerName; 0016004E X LensSpecification; 0016004F X LensMake; 00160050 X LensModel;
00160051 X LensSerialNumber; 00160070 X GPSVersionID; 00160071 X GPSLatitudeRef; 00160072 X
GPSLatitude; 00160073 X GPSLongitudeRef; 00160074 X GPSLongitude; 00160075 X GPSAltitudeRef;
00160076 X GPSAltitude; 00160077 X GPSTimeStamp; 00160078 X GPSSatellites; 00160079 X
GPSStatus; 0016007A X GPSMeasureMode; 0016007B X GPSDOP; 0016007C X GPSSpeedRef; 0016007D X
GPSSpeed; 0016007E X GPSTrackRef; 0016007F X GPSTrack; 00160080 X GPSImgDirectionRef; 00160081
X GPSImgDirection; 00160082 X GPSMapDatum; 00160083 X GPSDestLatitudeRef; 00160084 X
GPSDestLatitude; 00160085 X GPSDestLongitudeRef; 00160086 X GPSDestLongitude; 00160087 X
GPSDestBearingRef; 00160088 X GPSDestBearing; 00160089 X GPSDestDistanceRef; 0016008A X
GPSDestDistance; 0016008B X GPSProcessingMethod; 0016008C X GPSAreaInformation; 0016008D X
GPSDateStamp; 0016008E X GPSDifferential; 00180010 Z/D ContrastBolusAgent; 00180027 X
InterventionDrugStopTime; 00180035 X InterventionDrugStartTime; 00181000 X/Z/D
DeviceSerialNumber; 00181002 U DeviceUID; 00181004 X PlateID; 00181005 X GeneratorID; 00181007
X CassetteID; 00181008 X GantryID; 00181009 X UniqueDeviceIdentifier; 0018100A X UDISequence;
0018100B U ManufacturerDeviceClassUID; 00181012 X DateOfSecondaryCapture; 00181014 X
TimeOfSecondaryCapture; 00181030 X/D ProtocolName; 00181042 X ContrastBolusStartTime; 00181043
X ContrastBolusStopTime; 00181072 X RadiopharmaceuticalStartTime; 00181073 X
RadiopharmaceuticalStopTime; 00181078 X RadiopharmaceuticalStartDateTime; 00181079 X
RadiopharmaceuticalStopDateTime; 001811BB D AcquisitionFieldOfViewLabel; 00181200 X
DateOfLastCalibration; 00181201 X TimeOfLastCalibration; 00181202 X DateTimeOfLastCalibration;
00181203 Z CalibrationDateTime; 00181204 X DateOfManufacture; 00181205 X DateOfInstallation;
00181400 X/D AcquisitionDeviceProcessingDescription; 00182042 U TargetUID; 00184000 X
AcquisitionComments; 00185011 X TransducerIdentificationSequence; 0018700A X/D DetectorID;
0018700C X/D DateOfLastDetectorCalibration; 0018700E X/D TimeOfLastDetectorCalibration;
00189074 D FrameAcquisitionDateTime; 00189151 D FrameReferenceDateTime; 00189185 X
RespiratoryMotionCompensationTechniqueDescription; 00189367 D XRaySourceID; 00189369 D
SourceStartDateTime; 0018936A D SourceEndDateTime; 00189371 D XRayDetectorID; 00189373 X
XRayDetectorLabel; 0018937B X MultienergyAcquisitionDescription; 0018937F X
DecompositionDescription; 00189424 X AcquisitionProtocolDescription; 00189516 X/D
StartAcquisitionDateTime; 00189517 X/D EndAcquisitionDateTime; 00189623 D FunctionalSyncPulse;
00189701 D DecayCorrectionDateTime; 00189804 D ExclusionStartDateTime; 00189919 Z/D
InstructionPerformedDateTime; 00189937 X RequestedSeriesDescription; 0018A002 X
ContributionDateTime; 0018A003 X ContributionDescription; 0020000D U StudyInstanceUID; 0020000E
U SeriesInstanceUID; 00200010 Z StudyID; 00200027 X PyramidLabel; 00200052 U
FrameOfReferenceUID; 00200200 U SynchronizationFrameOfReferenceUID; 00203401 X
ModifyingDeviceID; 00203403 X ModifiedImageDate; 00203405 X ModifiedImageTime; 00203406 X
ModifiedImageDescription; 00204000 X ImageComments; 00209158 X FrameComments; 00209161 U
ConcatenationUID; 00209164 U DimensionOrganizationUID; 00281199 U PaletteColorLookupTableUID;
00281214 U LargePaletteColorLookupTableUID; 00284000 X ImagePresentationComments; 00320012 X
StudyIDIssuer; 00320032 X StudyVerifiedDate; 00320033 X StudyVerifiedTime; 00320034 X
StudyReadDate; 00320035 X StudyReadTime; 00321000 X ScheduledStudyStartDate; 00321001 X
ScheduledStudyStartTime; 00321010 X ScheduledStudyStopDate; 00321011 X ScheduledStudyStopTime;
00321020 X ScheduledStudyLocation; 00321021 X ScheduledStudyLocationAETitle; 00321030 X
ReasonForStudy; 00321032 X RequestingPhysician; 00321033 X RequestingService; 00321040 X
StudyArrivalDate; 00321041 X StudyArrivalTime; 00321050 X StudyCompletionDate; 00321051 X
StudyCompletionTime; 00321060 X/Z RequestedProcedureDescription; 00321066 X ReasonForVisit;
00321067 X ReasonForVisitCodeSequence; 00321070 X RequestedContrastAgent; 00324000 X
StudyComments; 00340001 D FlowIdentifierSequence; 00340002 D FlowIdentifier; 00340005 D
SourceIdentifier; 00340007 D FrameOriginTimestamp; 00380004 X ReferencedPatientAliasSequence;
00380010 X AdmissionID; 00380011 X IssuerOfAdmissionID; 00380014 X IssuerOfAdmissionIDSequence;
0038001A X ScheduledAdmissionDate; 0038001B X ScheduledAdmissionTime; 0038001C X
ScheduledDischargeDate; 0038001D X ScheduledDischargeTime; 0038001E X
ScheduledPatientInstitutionResidence; 00380020 X AdmittingDate; 00380021 X AdmittingTime;
00380030 X DischargeDate; 00380032 X DischargeTime; 00380040 X DischargeDiagnosisDescription;
00380050 X SpecialNeeds; 00380060 X ServiceEpisodeID; 00380061 X IssuerOfServiceEpisodeID;
00380062 X ServiceEpisodeDescription; 00380064 X IssuerOfServiceEpisodeIDSequence; 00380300 X
CurrentPatientLocation; 00380400 X PatientInstitutionResidence; 00380500 X PatientState;
00384000 X VisitComments; 003A0310 U MultiplexGroupUID; 003A0314 D
ImpedanceMeasurementDateTime; 003A0329 X WaveformFilterDescription; 003A032B X
FilterLookupTableDescription; 00400001 X ScheduledStationAETitle; 00400002 X
ScheduledProcedureStepStartDate; 00400003 X ScheduledProcedureStepStartTime; 00400004 X
ScheduledProcedureStepEndDate; 00400005 X ScheduledProcedureStepEndTime; 00400006 X
ScheduledPerformingPhysicianName; 00400007 X ScheduledProcedureStepDescription; 00400009 X
ScheduledProcedureStepID; 0040000B X ScheduledPerformingPhysicianIdentificationSequence;
00400010 X ScheduledStationName; 00400011 X ScheduledProcedureStepLocation; 00400012 X
PreMedication; 00400241 X PerformedStationAETitle; 00400242 X PerformedStationName; 00400243 X
PerformedLocation; 00400244 X PerformedProcedureStepStartDate; 00400245 X
PerformedProcedureStepStartTime; 00400250 X PerformedProcedureStepEndDate; 00400251 X
PerformedProcedureStepEndTime; 00400253 X PerformedProcedureStepID; 00400254 X
PerformedProcedureStepDescription; 00400275 X RequestAttributesSequence; 00400280 X
CommentsOnThePerformedProcedureStep; 00400310 X CommentsOnRadiationDose; 0040050A X
SpecimenAccessionNumber; 00400512 D ContainerIdentifier; 00400513 Z
IssuerOfTheContainerIdentifierSequence; 0040051A X ContainerDescription; 00400551 D
SpecimenIdentifier; 00400554 U SpecimenUID; 00400555 X/Z AcquisitionContextSequence; 00400562 Z
IssuerOfTheSpecimenIdentifierSequence; 00400600 X SpecimenShortDescription; 00400602 X
SpecimenDetailedDescription; 00400610 Z SpecimenPreparationSequence; 004006FA X
SlideIdentifier; 00401001 X RequestedProcedureID; 00401002 X ReasonForTheRequestedProcedure;
00401004 X PatientTransportArrangements; 00401005 X RequestedProcedureLocation; 0040100A X
ReasonForRequestedProcedureCodeSequence; 00401010 X NamesOfIntendedRecipientsOfResults;
00401011 X IntendedRecipientsOfResultsIdentificationSequence; 00401101 D
PersonIdentificationCodeSequence; 00401102 X PersonAddress; 00401103 X PersonTelephoneNumbers;
00401104 X PersonTelecomInformation; 00401400 X RequestedProcedureComments; 00402001 X
ReasonForTheImagingServiceRequest; 00402004 X IssueDateOfImagingServiceRequest; 00402005 X
IssueTimeOfImagingServiceRequest; 00402008 X OrderEnteredBy; 00402009 X OrderEntererLocation;
00402010 X OrderCallbackPhoneNumber; 00402011 X OrderCallbackTelecomInformation; 00402016 Z
PlacerOrderNumberImagingServiceRequest; 00402017 Z FillerOrderNumberImagingServiceRequest;
00402400 X ImagingServiceRequestComments; 00403001 X
ConfidentialityConstraintOnPatientDataDescription; 00404005 X
ScheduledProcedureStepStartDateTime; 00404008 X ScheduledProcedureStepExpirationDateTime;
00404010 X ScheduledProcedureStepModificationDateTime; 00404011 X ExpectedCompletionDateTime;
00404025 X ScheduledStationNameCodeSequence; 00404027 X
ScheduledStationGeographicLocationCodeSequence; 00404028 X PerformedStationNameCodeSequence;
00404030 X PerformedStationGeographicLocationCodeSequence; 00404034 X
ScheduledHumanPerformersSequence; 00404035 X ActualHumanPerformersSequence; 00404036 X
HumanPerformerOrganization; 00404037 X HumanPerformerName; 00404050 X
PerformedProcedureStepStartDateTime; 00404051 X PerformedProcedureStepEndDateTime; 00404052 X
ProcedureStepCancellationDateTime; 0040A023 X FindingsGroupRecordingDateTrial; 0040A024 X
FindingsGroupRecordingTimeTrial; 0040A027 D VerifyingOrganization; 0040A030 D
VerificationDateTime; 0040A032 X/D ObservationDateTime; 0040A033 X ObservationStartDateTime;
0040A073 D VerifyingObserverSequence; 0040A075 D VerifyingObserverName; 0040A078 X
AuthorObserverSequence; 0040A07A X ParticipantSequence; 0040A07C X
CustodialOrganizationSequence; 0040A082 Z ParticipationDateTime; 0040A088 Z
VerifyingObserverIdentificationCodeSequence; 0040A110 X DateOfDocumentOrVerbalTransactionTrial;
0040A112 X TimeOfDocumentCreationOrVerbalTransactionTrial; 0040A120 D DateTime; 0040A121 D
Date; 0040A122 D Time; 0040A123 D PersonName; 0040A124 U UID; 0040A13A D ReferencedDateTime;
0040A171 U ObservationUID; 0040A172 U ReferencedObservationUIDTrial; 0040A192 X
ObservationDateTrial; 0040A193 X ObservationTimeTrial; 0040A307 X CurrentObserverTrial;
0040A352 X VerbalSourceTrial; 0040A353 X AddressTrial; 0040A354 X TelephoneNumberTrial;
0040A358 X VerbalSourceIdentifierCodeSequenceTrial; 0040A402 U ObservationSubjectUIDTrial;
0040A730 D ContentSequence; 0040DB06 X TemplateVersion; 0040DB07 X TemplateLocalVersion;
0040DB0C U TemplateExtensionOrganizationUID; 0040DB0D U TemplateExtensionCreatorUID; 0040E004 X
HL7DocumentEffectiveTime; 00420011 D EncapsulatedDocument; 00440004 X ApprovalStatusDateTime;
0044000B X ProductExpirationDateTime; 00440010 X SubstanceAdministrationDateTime; 00440104 D
AssertionDateTime; 00440105 X AssertionExpirationDateTime; 0050001B X ContainerComponentID;
00500020 X DeviceDescription; 00500021 X LongDeviceDescription; 00620021 U TrackingUID;
00640003 U SourceFrameOfReferenceUID; 00686226 D EffectiveDateTime; 00686270 D
InformationIssueDateTime; 006A0003 D AnnotationGroupUID; 006A0005 D AnnotationGroupLabel;
006A0006 X AnnotationGroupDescription; 00700001 D GraphicAnnotationSequence; 00700082 X
PresentationCreationDate; 00700083 X PresentationCreationTime; 00700084 Z/D ContentCreatorName;
00700086 X ContentCreatorIdentificationCodeSequence; 0070031A U FiducialUID; 00701101 U
PresentationDisplayCollectionUID; 00701102 U PresentationSequenceCollectionUID; 0072000A D
HangingProtocolCreationDateTime; 0072005E D SelectorAEValue; 0072005F D SelectorASValue;
00720061 D SelectorDAValue; 00720063 D SelectorDTValue; 00720065 D SelectorOBValue; 00720066 D
SelectorLOValue; 00720068 D SelectorLTValue; 0072006A D SelectorPNValue; 0072006B D
SelectorTMValue; 0072006C D SelectorSHValue; 0072006D D SelectorUNValue; 0072006E D
SelectorSTValue; 00720070 D SelectorUTValue; 00720071 D SelectorURValue; 00741234 X
ReceivingAE; 00741236 X RequestingAE; 00880140 U StorageMediaFileSetUID; 00880200 X
IconImageSequence; 00880904 X TopicTitle; 00880906 X TopicSubject; 00880910 X TopicAuthor;
00880912 X TopicKeywords; 01000420 X SOPAuthorizationDateTime; 04000100 U DigitalSignatureUID;
04000105 D DigitalSignatureDateTime; 04000115 D CertificateOfSigner; 04000310 X
CertifiedTimestamp; 04000402 X ReferencedDigitalSignatureSequence; 04000403 X
ReferencedSOPInstanceMACSequence; 04000404 X MAC; 04000550 X ModifiedAttributesSequence;
04000551 X NonconformingModifiedAttributesSequence; 04000552 X NonconformingDataElementValue;
04000561 X OriginalAttributesSequence; 04000562 D AttributeModificationDateTime; 04000563 D
ModifyingSystem; 04000564 Z SourceOfPreviousValues; 04000565 D
ReasonForTheAttributeModification; 04000600 X InstanceOriginStatus; 20300020 X TextString;
21000040 X CreationDate; 21000050 X CreationTime; 21000070 X Originator; 21000140 D
DestinationAE; 22000002 X/Z LabelText; 22000005 X/Z BarcodeValue; 30020121 X
PositionAcquisitionTemplateName; 30020123 X PositionAcquisitionTemplateDescription; 30060002 D
StructureSetLabel; 30060004 X StructureSetName; 30060006 X StructureSetDescription; 30060008 Z
StructureSetDate; 30060009 Z StructureSetTime; 30060024 U ReferencedFrameOfReferenceUID;
30060026 Z ROIName; 30060028 X ROIDescription; 3006002D X ROIDateTime; 3006002E X
ROIObservationDateTime; 30060038 X ROIGenerationDescription; 3006004D X ROICreatorSequence;
3006004E X ROIInterpreterSequence; 30060085 X ROIObservationLabel; 30060088 X
ROIObservationDescription; 300600A6 Z ROIInterpreter; 300600C2 U RelatedFrameOfReferenceUID;
30080024 D TreatmentControlPointDate; 30080025 D TreatmentControlPointTime; 30080054 X/D
FirstTreatmentDate; 30080056 X/D MostRecentTreatmentDate; 30080105 X/Z SourceSerialNumber;
30080162 D SafePositionExitDate; 30080164 D SafePositionExitTime; 30080166 D
SafePositionReturnDate; 30080168 D SafePositionReturnTime; 30080250 X/D TreatmentDate; 30080251
X/D TreatmentTime; 300A0002 D RTPlanLabel; 300A0003 X RTPlanName; 300A0004 X RTPlanDescription;
300A0006 X/D RTPlanDate; 300A0007 X/D RTPlanTime; 300A000B X TreatmentSites; 300A000E X
PrescriptionDescription; 300A0013 U DoseReferenceUID; 300A0016 X DoseReferenceDescription;
300A0072 X FractionGroupDescription; 300A0083 U ReferencedDoseReferenceUID; 300A00B2 X/Z
TreatmentMachineName; 300A00C3 X BeamDescription; 300A00DD X BolusDescription; 300A0196 X
FixationDeviceDescription; 300A01A6 X ShieldingDeviceDescription; 300A01B2 X
SetupTechniqueDescription; 300A0216 X SourceManufacturer; 300A022C D
SourceStrengthReferenceDate; 300A022E D SourceStrengthReferenceTime; 300A02EB X
CompensatorDescription; 300A0608 D TreatmentPositionGroupLabel; 300A0609 U
TreatmentPositionGroupUID; 300A0611 Z RTAccessoryHolderSlotID; 300A0615 Z
RTAccessoryDeviceSlotID; 300A0619 D RadiationDoseIdentificationLabel; 300A0623 D
RadiationDoseInVivoMeasurementLabel; 300A062A D RTToleranceSetLabel; 300A0650 U
PatientSetupUID; 300A0676 X EquipmentFrameOfReferenceDescription; 300A067C D
RadiationGenerationModeLabel; 300A067D Z RadiationGenerationModeDescription; 300A0700 U
TreatmentSessionUID; 300A0734 D TreatmentToleranceViolationDescription; 300A0736 D
TreatmentToleranceViolationDateTime; 300A073A D RecordedRTControlPointDateTime; 300A0741 D
InterlockDateTime; 300A0742 D InterlockDescription; 300A0760 D OverrideDateTime; 300A0783 D
InterlockOriginDescription; 300A0785 U ReferencedTreatmentPositionGroupUID; 300A078E X
PatientTreatmentPreparationProcedureParameterDescription; 300A0792 X
PatientTreatmentPreparationMethodDescription; 300A0794 X PatientSetupPhotoDescription; 300A079A
X DisplacementReferenceLabel; 300C0113 X ReasonForOmissionDescription; 300C0127 D
BeamHoldTransitionDateTime; 300E0004 Z ReviewDate; 300E0005 Z ReviewTime; 300E0008 X/Z
ReviewerName; 30100006 U ConceptualVolumeUID; 3010000B U ReferencedConceptualVolumeUID;
3010000F Z ConceptualVolumeCombinationDescription; 30100013 U ConstituentConceptualVolumeUID;
30100015 U SourceConceptualVolumeUID; 30100017 Z ConceptualVolumeDescription; 3010001B Z
DeviceAlternateIdentifier; 3010002D D DeviceLabel; 30100031 U ReferencedFiducialsUID; 30100033
D UserContentLabel; 30100034 D UserContentLongLabel; 30100035 D EntityLabel; 30100036 X
EntityName; 30100037 X EntityDescription; 30100038 D EntityLongLabel; 3010003B U
RTTreatmentPhaseUID; 30100043 Z ManufacturerDeviceIdentifier; 3010004C X/D
IntendedPhaseStartDate; 3010004D X/D IntendedPhaseEndDate; 30100054 D RTPrescriptionLabel;
30100056 X/D RTTreatmentApproachLabel; 3010005A Z RTPhysicianIntentNarrative; 3010005C Z
ReasonForSuperseding; 30100061 X PriorTreatmentDoseDescription; 3010006E U
DosimetricObjectiveUID; 3010006F U ReferencedDosimetricObjectiveUID; 30100077 X/D
TreatmentSite; 3010007A Z TreatmentTechniqueNotes; 3010007B Z PrescriptionNotes; 3010007F Z
FractionationNotes; 30100081 Z PrescriptionNotesSequence; 30100085 X IntendedFractionStartTime;
40000010 X Arbitrary; 40004000 X TextComments; 40080040 X ResultsID; 40080042 X
ResultsIDIssuer; 40080100 X InterpretationRecordedDate; 40080101 X InterpretationRecordedTime;
40080102 X InterpretationRecorder; 40080108 X InterpretationTranscriptionDate; 40080109 X
InterpretationTranscriptionTime; 4008010A X InterpretationTranscriber; 4008010B X
InterpretationText; 4008010C X InterpretationAuthor; 40080111 X InterpretationApproverSequence;
40080112 X InterpretationApprovalDate; 40080113 X InterpretationApprovalTime; 40080114 X
PhysicianApprovingInterpretation; 40080115 X InterpretationDiagnosisDescription; 40080118 X
ResultsDistributionListSequence; 40080119 X DistributionName; 4008011A X DistributionAddress;
40080200 X InterpretationID; 40080202 X InterpretationIDIssuer; 40080300 X Impressions;
40084000 X ResultsComments; FFFAFFFA X DigitalSignaturesSequence; FFFCFFFC X
DataSetTrailingPadding
"""


def _rules() -> dict[int, Rule]:
    rules = {}
    for entry in " ".join(_TABLE.split()).split(";"):
        tag, action, keyword = entry.split()
        rules[int(tag, 16)] = Rule(int(tag, 16), action, keyword)
    return rules


RULES: dict[int, Rule] = _rules()
"""The table's rows by tag."""


def action_for(tag: int) -> str | None:
    """The profile's action for ``tag``, ``None`` when the table does not list it (kept)."""
    rule = RULES.get(tag)
    if rule is not None:
        return rule.action
    for mask, value, action, _keyword in REPEATING:
        if tag & mask == value:
            return action
    return None
